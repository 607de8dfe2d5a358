package fr.sessiontp.referential.persistence;

import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.Competence;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.JuryTaskTemplate;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
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

/** The referential's tables: title, certificate, competence, epreuve_template, jury_task_template. */
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

    public List<Certificate> certificates(long titleId) {
        Map<Long, List<Competence>> competences = jdbc.sql("""
                        select c.certificate_id, c.id, c.label, c.position from competence c
                        join certificate k on k.id = c.certificate_id
                        where k.title_id = :title order by c.certificate_id, c.position""")
                .param("title", titleId)
                .query((rs, n) -> Map.entry(rs.getLong("certificate_id"),
                        new Competence(rs.getLong("id"), rs.getString("label"), rs.getInt("position"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, title_id, kind, code, name, position from certificate where title_id = :title order by position")
                .param("title", titleId)
                .query((rs, n) -> new Certificate(rs.getLong("id"), rs.getLong("title_id"),
                        CertificateKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                        rs.getInt("position"), competences.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public List<EpreuveTemplate> epreuves(long titleId, SessionType type) {
        return jdbc.sql("""
                        select id, title_id, session_type, code, label, kind, minutes, grouping, group_size, presence,
                               room_kind, after_epreuves, after_jury_tasks, position
                        from epreuve_template where title_id = :title and (:type::text is null or session_type = :type)
                        order by session_type, position""")
                .param("title", titleId).param("type", type == null ? null : type.name())
                .query((rs, n) -> new EpreuveTemplate(rs.getLong("id"), rs.getLong("title_id"),
                        SessionType.valueOf(rs.getString("session_type")), rs.getString("code"), rs.getString("label"),
                        rs.getString("kind"), rs.getInt("minutes"), EpreuveGrouping.valueOf(rs.getString("grouping")),
                        rs.getObject("group_size", Integer.class), Presence.valueOf(rs.getString("presence")),
                        rs.getString("room_kind"), strings(rs.getArray("after_epreuves")),
                        strings(rs.getArray("after_jury_tasks")), rs.getInt("position")))
                .list();
    }

    public List<JuryTaskTemplate> juryTasks(long titleId, SessionType type) {
        return jdbc.sql("""
                        select id, title_id, session_type, code, label, kind, minutes, room_kind, after_epreuves,
                               before_epreuves, position
                        from jury_task_template where title_id = :title and (:type::text is null or session_type = :type)
                        order by session_type, position""")
                .param("title", titleId).param("type", type == null ? null : type.name())
                .query((rs, n) -> new JuryTaskTemplate(rs.getLong("id"), rs.getLong("title_id"),
                        SessionType.valueOf(rs.getString("session_type")), rs.getString("code"), rs.getString("label"),
                        rs.getString("kind"), rs.getInt("minutes"), rs.getString("room_kind"),
                        strings(rs.getArray("after_epreuves")), strings(rs.getArray("before_epreuves")),
                        rs.getInt("position")))
                .list();
    }

    /** Inserts a title and everything under it; returns the title's id. */
    public long insert(NewTitle t) {
        long titleId = jdbc.sql("""
                        insert into title (code, name, re_version, valid_from, valid_until, requires_outfit,
                                           trainer_allowed_on_platform)
                        values (:code, :name, :re, :from, :until, :outfit, :trainer) returning id""")
                .param("code", t.code()).param("name", t.name()).param("re", t.reVersion())
                .param("from", t.validFrom()).param("until", t.validUntil())
                .param("outfit", t.requiresOutfit()).param("trainer", t.trainerAllowedOnPlatform())
                .query(Long.class).single();
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
                                   group_size, presence, room_kind, after_epreuves, after_jury_tasks, position)
                            values (:title, :type, :code, :label, :kind, :minutes, :grouping, :groupSize, :presence,
                                   :roomKind, string_to_array(:after, ','), string_to_array(:afterTasks, ','), :position)""")
                    .param("title", titleId).param("type", e.sessionType().name()).param("code", e.code())
                    .param("label", e.label()).param("kind", e.kind()).param("minutes", e.minutes())
                    .param("grouping", e.grouping().name()).param("groupSize", e.groupSize())
                    .param("presence", e.presence().name()).param("roomKind", e.roomKind())
                    .param("after", String.join(",", e.afterEpreuves()))
                    .param("afterTasks", String.join(",", e.afterJuryTasks()))
                    .param("position", epreuvePosition++)
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
        return titleId;
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
