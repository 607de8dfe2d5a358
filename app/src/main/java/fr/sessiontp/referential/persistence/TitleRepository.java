package fr.sessiontp.referential.persistence;

import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.Competence;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.JuryTaskTemplate;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.ReVersion;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.Title;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referential's tables: title, re_version, certificate, competence, epreuve_template, jury_task_template. */
@Repository
public class TitleRepository {

    private static final String TITLE_COLUMNS = """
            id, code, name, re_version, valid_from, valid_until, requires_outfit, trainer_allowed_on_platform""";

    private final JdbcClient jdbc;

    TitleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Title> titles() {
        return jdbc.sql("select " + TITLE_COLUMNS + " from title order by code limit 500")
                .query(TitleRepository::mapTitle).list();
    }

    public Optional<Title> title(long id) {
        return jdbc.sql("select " + TITLE_COLUMNS + " from title where id = :id")
                .param("id", id).query(TitleRepository::mapTitle).optional();
    }

    public Optional<Title> titleByCode(String code) {
        return jdbc.sql("select " + TITLE_COLUMNS + " from title where upper(code) = upper(:code)")
                .param("code", code).query(TitleRepository::mapTitle).optional();
    }

    public boolean certificateCodeTaken(String code) {
        return jdbc.sql("select count(*) from certificate where upper(code) = upper(:code)")
                .param("code", code).query(Long.class).single() > 0;
    }

    /** The certificates of a title's current RE version. */
    public List<Certificate> certificates(long titleId) {
        return currentVersion(titleId).map(this::certificatesOfVersion).orElse(List.of());
    }

    public Optional<Long> currentVersion(long titleId) {
        return jdbc.sql("select current_version_id from title where id = :id").param("id", titleId)
                .query(Long.class).optional();
    }

    public List<Certificate> certificatesOfVersion(long versionId) {
        Map<Long, List<Competence>> competences = jdbc.sql("""
                        select c.certificate_id, c.id, c.label, c.position from competence c
                        join certificate k on k.id = c.certificate_id
                        where k.re_version_id = :version order by c.certificate_id, c.position""")
                .param("version", versionId)
                .query((rs, n) -> Map.entry(rs.getLong("certificate_id"),
                        new Competence(rs.getLong("id"), rs.getString("label"), rs.getInt("position"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, title_id, kind, code, name, position from certificate where re_version_id = :version order by position")
                .param("version", versionId)
                .query((rs, n) -> new Certificate(rs.getLong("id"), rs.getLong("title_id"),
                        CertificateKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                        rs.getInt("position"), competences.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The épreuves of a title's current RE version, of one session type or of every one when {@code type} is null. */
    public List<EpreuveTemplate> epreuves(long titleId, SessionType type) {
        return currentVersion(titleId).map(v -> epreuvesOfVersion(v, type)).orElse(List.of());
    }

    public List<EpreuveTemplate> epreuvesOfVersion(long versionId, SessionType type) {
        return jdbc.sql("""
                        select id, title_id, session_type, code, label, kind, minutes, grouping, group_size, presence,
                               room_kind, after_epreuves, after_jury_tasks, position, guidance
                        from epreuve_template where re_version_id = :version and (:type::text is null or session_type = :type)
                        order by session_type, position""")
                .param("version", versionId).param("type", type == null ? null : type.name())
                .query((rs, n) -> new EpreuveTemplate(rs.getLong("id"), rs.getLong("title_id"),
                        SessionType.valueOf(rs.getString("session_type")), rs.getString("code"), rs.getString("label"),
                        rs.getString("kind"), rs.getInt("minutes"), EpreuveGrouping.valueOf(rs.getString("grouping")),
                        rs.getObject("group_size", Integer.class), Presence.valueOf(rs.getString("presence")),
                        rs.getString("room_kind"), strings(rs.getArray("after_epreuves")),
                        strings(rs.getArray("after_jury_tasks")), rs.getInt("position"), strings(rs.getArray("guidance"))))
                .list();
    }

    /** The jury tasks of a title's current RE version, of one session type or of every one when {@code type} is null. */
    public List<JuryTaskTemplate> juryTasks(long titleId, SessionType type) {
        return currentVersion(titleId).map(v -> juryTasksOfVersion(v, type)).orElse(List.of());
    }

    public List<JuryTaskTemplate> juryTasksOfVersion(long versionId, SessionType type) {
        return jdbc.sql("""
                        select id, title_id, session_type, code, label, kind, minutes, room_kind, after_epreuves,
                               before_epreuves, position
                        from jury_task_template where re_version_id = :version and (:type::text is null or session_type = :type)
                        order by session_type, position""")
                .param("version", versionId).param("type", type == null ? null : type.name())
                .query((rs, n) -> new JuryTaskTemplate(rs.getLong("id"), rs.getLong("title_id"),
                        SessionType.valueOf(rs.getString("session_type")), rs.getString("code"), rs.getString("label"),
                        rs.getString("kind"), rs.getInt("minutes"), rs.getString("room_kind"),
                        strings(rs.getArray("after_epreuves")), strings(rs.getArray("before_epreuves")),
                        rs.getInt("position")))
                .list();
    }

    /** Inserts a title (its first RE version made by the database) and everything under it; returns the title's id. */
    public long insert(NewTitle t) {
        long titleId = jdbc.sql("""
                        insert into title (code, name, re_version, valid_from, valid_until, requires_outfit,
                                           trainer_allowed_on_platform)
                        values (:code, :name, :re, :from, :until, :outfit, :trainer) returning id""")
                .param("code", t.code()).param("name", t.name()).param("re", t.reVersion())
                .param("from", t.validFrom()).param("until", t.validUntil())
                .param("outfit", t.requiresOutfit()).param("trainer", t.trainerAllowedOnPlatform())
                .query(Long.class).single();
        insertContent(titleId, t);
        return titleId;
    }

    /**
     * Adds a new RE version to a title, makes it current with the title's facts as given, and inserts its content;
     * returns the version's id.
     */
    public long insertVersion(long titleId, NewTitle t, String importedBy) {
        long versionId = jdbc.sql("""
                        insert into re_version (title_id, number, label, imported_by)
                        values (:title, (select coalesce(max(number), 0) + 1 from re_version where title_id = :title),
                                :label, :by) returning id""")
                .param("title", titleId).param("label", t.reVersion()).param("by", importedBy)
                .query(Long.class).single();
        jdbc.sql("""
                        update title set name = :name, re_version = :re, valid_from = :from, valid_until = :until,
                               requires_outfit = :outfit, trainer_allowed_on_platform = :trainer,
                               current_version_id = :version
                        where id = :id""")
                .param("id", titleId).param("name", t.name()).param("re", t.reVersion())
                .param("from", t.validFrom()).param("until", t.validUntil())
                .param("outfit", t.requiresOutfit()).param("trainer", t.trainerAllowedOnPlatform())
                .param("version", versionId).update();
        insertContent(titleId, t);
        return versionId;
    }

    public void markImportedBy(long versionId, String importedBy) {
        jdbc.sql("update re_version set imported_by = :by where id = :id").param("by", importedBy).param("id", versionId)
                .update();
    }

    public List<ReVersion> versions(long titleId) {
        return jdbc.sql("""
                        select id, title_id, number, label, imported_at, imported_by from re_version
                        where title_id = :title order by number desc""")
                .param("title", titleId).query(TitleRepository::mapVersion).list();
    }

    public Optional<ReVersion> version(long versionId) {
        return jdbc.sql("select id, title_id, number, label, imported_at, imported_by from re_version where id = :id")
                .param("id", versionId).query(TitleRepository::mapVersion).optional();
    }

    /** Whether a certificate code belongs to another title than {@code titleCode} (codes are the title's own). */
    public boolean certificateCodeTakenByAnotherTitle(String code, String titleCode) {
        return jdbc.sql("""
                        select count(*) from certificate c join title t on t.id = c.title_id
                        where upper(c.code) = upper(:code) and upper(t.code) <> upper(:title)""")
                .param("code", code).param("title", titleCode == null ? "" : titleCode).query(Long.class).single() > 0;
    }

    private static ReVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new ReVersion(rs.getLong("id"), rs.getLong("title_id"), rs.getInt("number"), rs.getString("label"),
                rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
    }

    /** Inserts the certificates, competences, épreuves and jury tasks of {@code t} in the title's current version. */
    private void insertContent(long titleId, NewTitle t) {
        int position = 1;
        for (NewTitle.NewCertificate c : t.certificates()) {
            long certificateId = jdbc.sql("""
                            insert into certificate (title_id, kind, code, name, position)
                            values (:title, :kind, :code, :name, :position) returning id""")
                    .param("title", titleId).param("kind", c.kind().name()).param("code", c.code())
                    .param("name", c.name()).param("position", position++)
                    .query(Long.class).single();
            int competencePosition = 1;
            for (String label : c.competences()) {
                jdbc.sql("insert into competence (certificate_id, label, position) values (:c, :label, :position)")
                        .param("c", certificateId).param("label", label).param("position", competencePosition++)
                        .update();
            }
        }
        int epreuvePosition = 1;
        for (NewTitle.NewEpreuve e : t.epreuves()) {
            jdbc.sql("""
                            insert into epreuve_template (title_id, session_type, code, label, kind, minutes, grouping,
                                   group_size, presence, room_kind, after_epreuves, after_jury_tasks, position, guidance)
                            values (:title, :type, :code, :label, :kind, :minutes, :grouping, :groupSize, :presence,
                                   :roomKind, string_to_array(:after, ','), string_to_array(:afterTasks, ','), :position,
                                   :guidance)""")
                    .param("title", titleId).param("type", e.sessionType().name()).param("code", e.code())
                    .param("label", e.label()).param("kind", e.kind()).param("minutes", e.minutes())
                    .param("grouping", e.grouping().name()).param("groupSize", e.groupSize())
                    .param("presence", e.presence().name()).param("roomKind", e.roomKind())
                    .param("after", String.join(",", e.afterEpreuves()))
                    .param("afterTasks", String.join(",", e.afterJuryTasks()))
                    .param("position", epreuvePosition++)
                    .param("guidance", e.guidance().toArray(String[]::new))
                    .update();
        }
        int taskPosition = 1;
        for (NewTitle.NewJuryTask j : t.juryTasks()) {
            jdbc.sql("""
                            insert into jury_task_template (title_id, session_type, code, label, kind, minutes, room_kind,
                                   after_epreuves, before_epreuves, position)
                            values (:title, :type, :code, :label, :kind, :minutes, :roomKind,
                                   string_to_array(:after, ','), string_to_array(:before, ','), :position)""")
                    .param("title", titleId).param("type", j.sessionType().name()).param("code", j.code())
                    .param("label", j.label()).param("kind", j.kind()).param("minutes", j.minutes())
                    .param("roomKind", j.roomKind())
                    .param("after", String.join(",", j.afterEpreuves()))
                    .param("before", String.join(",", j.beforeEpreuves()))
                    .param("position", taskPosition++)
                    .update();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static Title mapTitle(ResultSet rs, int row) throws SQLException {
        return new Title(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("re_version"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getBoolean("requires_outfit"), rs.getBoolean("trainer_allowed_on_platform"));
    }
}
