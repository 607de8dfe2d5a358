package fr.sessiontp.documents.sealing;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS container of a PAdES baseline B signature (ETSI EN 319 142-1): detached over the signed byte ranges,
 * SHA-256, signed attributes content-type, message-digest and signing-certificate-v2 (which binds the
 * certificate), no signing-time attribute (PAdES takes the time from the signature dictionary's /M), the
 * certificate embedded.
 */
final class CadesSignature implements SignatureInterface {

    private final SealKey key;

    CadesSignature(SealKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream signedRanges) throws IOException {
        try {
            byte[] content = signedRanges.readAllBytes();
            var contentSigner = new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new WithoutSigningTime(signingCertificateV2()))
                    .build(contentSigner, key.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot compute the seal's CMS signature", e);
        }
    }

    private AttributeTable signingCertificateV2() throws CertificateEncodingException, GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        X500Name issuer = X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(issuer)),
                key.certificate().getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(hash, issuerSerial); // SHA-256, the default hash algorithm
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        return new AttributeTable(attributes);
    }

    /** BouncyCastle's standard signed attributes, less signing-time, which PAdES baseline signatures must not carry. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
