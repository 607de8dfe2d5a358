package fr.sessiontp.reports.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the report tables in batches for the integrity check, sealed PDFs included. */
@Repository
public class ReportIntegrityRepository {

    private final JdbcClient jdbc;

    ReportIntegrityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signature with its stored hashes and its sealed PDF. */
    public record StoredSignature(long id, long versionId, int seq, String contentSha256, String sealedSha256,
                                  byte[] sealedPdf) {
    }

    public List<Long> versionIdsAfter(long afterId, int limit) {
        return jdbc.sql("select id from report_version where id > :after order by id limit :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    public List<StoredSignature> signatures(long versionId) {
        return jdbc.sql("""
                select id, report_version_id, seq, content_sha256, sealed_sha256, sealed_pdf
                from report_signature where report_version_id = :v order by seq""").param("v", versionId)
                .query((rs, n) -> new StoredSignature(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6))).list();
    }

    /** Signatures whose version no longer exists (possible only with the foreign key dropped). */
    public List<StoredSignature> orphanSignatures() {
        return jdbc.sql("""
                select s.id, s.report_version_id, s.seq, s.content_sha256, s.sealed_sha256, s.sealed_pdf
                from report_signature s left join report_version v on v.id = s.report_version_id
                where v.id is null order by s.id""")
                .query((rs, n) -> new StoredSignature(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6))).list();
    }
}
