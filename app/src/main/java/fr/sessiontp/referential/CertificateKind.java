package fr.sessiontp.referential;

/** A block of a title (CCP) or an add-on specialisation certificate (CCS). */
public enum CertificateKind {
    CCP, CCS
}
