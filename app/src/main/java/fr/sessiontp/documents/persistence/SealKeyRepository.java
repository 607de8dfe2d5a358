package fr.sessiontp.documents.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The centres' seal keys. */
@Repository
public class SealKeyRepository {

    private final JdbcClient jdbc;

    SealKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredSealKey> findActive(long centreId) {
        return jdbc.sql("select * from document_seal_key where centre_id = :centreId and retired_at is null")
                .param("centreId", centreId)
                .query(SealKeyRepository::map)
                .optional();
    }

    /**
     * Stores the centre's active key unless another one was stored meanwhile (two first seals at once, possibly
     * on two instances): the unique index on the active key decides, and the loser's key is discarded.
     *
     * @return whether this key was stored
     * @throws org.springframework.dao.DataIntegrityViolationException when the centre does not exist (foreign key)
     */
    public boolean insertIfNoActive(StoredSealKey key) {
        return jdbc.sql("""
                        insert into document_seal_key (centre_id, key_algorithm, key_size, signature_algorithm,
                                certificate_der, certificate_sha256, private_key_encrypted, secret_fingerprint,
                                not_before, not_after, created_at)
                        values (:centreId, :keyAlgorithm, :keySize, :signatureAlgorithm, :certificateDer,
                                :certificateSha256, :privateKeyEncrypted, :secretFingerprint, :notBefore, :notAfter,
                                :createdAt)
                        on conflict (centre_id) where retired_at is null do nothing""")
                .param("centreId", key.centreId())
                .param("keyAlgorithm", key.keyAlgorithm())
                .param("keySize", key.keySize())
                .param("signatureAlgorithm", key.signatureAlgorithm())
                .param("certificateDer", key.certificateDer())
                .param("certificateSha256", key.certificateSha256())
                .param("privateKeyEncrypted", key.privateKeyEncrypted())
                .param("secretFingerprint", key.secretFingerprint())
                .param("notBefore", Timestamp.from(key.notBefore()))
                .param("notAfter", Timestamp.from(key.notAfter()))
                .param("createdAt", Timestamp.from(key.createdAt()))
                .update() == 1;
    }

    /** Retires the centre's active key: the next seal creates a new one. */
    public boolean retireActive(long centreId, java.time.Instant at) {
        return jdbc.sql("update document_seal_key set retired_at = :at where centre_id = :centreId and retired_at is null")
                .param("at", Timestamp.from(at))
                .param("centreId", centreId)
                .update() == 1;
    }

    private static StoredSealKey map(ResultSet rs, int row) throws SQLException {
        return new StoredSealKey(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("key_algorithm"),
                rs.getInt("key_size"), rs.getString("signature_algorithm"), rs.getBytes("certificate_der"),
                rs.getString("certificate_sha256"), rs.getBytes("private_key_encrypted"),
                rs.getString("secret_fingerprint"), rs.getTimestamp("not_before").toInstant(),
                rs.getTimestamp("not_after").toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
