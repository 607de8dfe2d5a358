package fr.sessiontp.people.persistence;

import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.domain.DeclaredLink;
import fr.sessiontp.people.domain.HabilitationDraft;
import fr.sessiontp.people.domain.HabilitationEntry;
import fr.sessiontp.people.domain.JuryMember;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.people.domain.PageOf;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jury members, their habilitations and their declared links with candidates. */
@Repository
public class JuryRepository {

    private record Row(long id, long personId, String lastName, String firstName, String email, String profession,
                       String region) {
    }

    /** A jury member's identity is their person's. */
    private static final String MEMBERS = """
            select m.id, m.person_id, p.last_name, p.first_name, p.email, m.profession, m.region
            from jury_member m join person p on p.id = m.person_id""";

    private final JdbcClient jdbc;

    JuryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<JuryMember> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    public List<JuryMember> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withHabilitations(jdbc.sql(MEMBERS + " where m.id in (:ids) order by p.last_name, p.first_name, m.id")
                .param("ids", Set.copyOf(ids)).query(JuryRepository::mapRow).list());
    }

    public List<JuryMember> all() {
        return withHabilitations(jdbc.sql(MEMBERS + " order by p.last_name, p.first_name, m.id")
                .query(JuryRepository::mapRow).list());
    }

    public List<JuryMember> habilitatedFor(long titleId) {
        return withHabilitations(jdbc.sql("""
                        %s
                        where exists (select 1 from habilitation h where h.jury_member_id = m.id and h.title_id = :title)
                        order by p.last_name, p.first_name, m.id""".formatted(MEMBERS))
                .param("title", titleId).query(JuryRepository::mapRow).list());
    }

    /** The jury members of a region (the authority's directory), by name. */
    public List<JuryMember> ofRegion(String region) {
        return withHabilitations(jdbc.sql(MEMBERS + " where lower(m.region) = lower(:region) order by p.last_name, p.first_name, m.id limit 1000")
                .param("region", region).query(JuryRepository::mapRow).list());
    }

    public PageOf<JuryMember> search(String text, int page, int size) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        String where = " " + """
                 where lower(p.last_name) like :q or lower(p.first_name) like :q or lower(p.email) like :q
                   or lower(m.profession) like :q or lower(m.region) like :q""";
        long total = jdbc.sql("select count(*) from jury_member m join person p on p.id = m.person_id" + where)
                .param("q", like).query(Long.class).single();
        List<Row> rows = jdbc.sql(MEMBERS + where + " order by p.last_name, p.first_name, m.id limit :size offset :offset")
                .param("q", like).param("size", size).param("offset", (long) page * size)
                .query(JuryRepository::mapRow).list();
        return new PageOf<>(withHabilitations(rows), page, size, total);
    }

    public boolean emailTaken(String email, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from jury_member m join person p on p.id = m.person_id
                        where lower(p.email) = lower(:email) and (cast(:except as bigint) is null or m.id <> :except)""")
                .param("email", email).param("except", exceptId).query(Long.class).single() > 0;
    }

    /** The e-mail addresses (lower case) among these that a jury member already has. */
    public Set<String> existingEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        select lower(p.email) from jury_member m join person p on p.id = m.person_id
                        where lower(p.email) in (:emails)""")
                .param("emails", emails.stream().map(String::toLowerCase).collect(Collectors.toSet()))
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    /** A jury member who is a new person of no centre (the regional directory). */
    public long insert(JuryMemberDraft draft) {
        long personId = jdbc.sql("""
                        insert into person (centre_id, last_name, first_name, email)
                        values (null, :last, :first, :email) returning id""")
                .param("last", draft.lastName()).param("first", draft.firstName()).param("email", draft.email())
                .query(Long.class).single();
        return insertForPerson(personId, draft);
    }

    /** Makes an existing person a jury member. */
    public long insertForPerson(long personId, JuryMemberDraft draft) {
        return jdbc.sql("""
                        insert into jury_member (person_id, profession, region)
                        values (:person, :profession, :region) returning id""")
                .param("person", personId).param("profession", draft.profession()).param("region", draft.region())
                .query(Long.class).single();
    }

    public void update(long id, JuryMemberDraft draft) {
        jdbc.sql("""
                        update person set last_name = :last, first_name = :first, email = :email
                        where id = (select person_id from jury_member where id = :id)""")
                .param("id", id)
                .param("last", draft.lastName()).param("first", draft.firstName()).param("email", draft.email())
                .update();
        jdbc.sql("update jury_member set profession = :profession, region = :region where id = :id")
                .param("id", id).param("profession", draft.profession()).param("region", draft.region())
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from jury_member").query(Long.class).single();
    }

    public long addHabilitation(long juryMemberId, HabilitationDraft draft) {
        return addHabilitation(juryMemberId, draft, null);
    }

    /** A habilitation granted by {@code grantedBy} (the authority's user name), now. */
    public long addHabilitation(long juryMemberId, HabilitationDraft draft, String grantedBy) {
        return jdbc.sql("""
                        insert into habilitation (jury_member_id, title_id, valid_from, valid_until, granted_by, granted_at)
                        values (:member, :title, :from, :until, :by, case when cast(:by as varchar) is null then null else now() end)
                        returning id""")
                .param("member", juryMemberId).param("title", draft.titleId())
                .param("from", draft.validFrom()).param("until", draft.validUntil()).param("by", grantedBy)
                .query(Long.class).single();
    }

    /** Changes a habilitation's validity dates, recording who changed it. */
    public void changeHabilitation(long habilitationId, LocalDate from, LocalDate until, String changedBy) {
        jdbc.sql("""
                        update habilitation set valid_from = :from, valid_until = :until, granted_by = :by,
                            granted_at = now() where id = :id""")
                .param("id", habilitationId).param("from", from).param("until", until).param("by", changedBy)
                .update();
    }

    public Optional<HabilitationEntry> habilitation(long juryMemberId, long habilitationId) {
        return jdbc.sql(HABILITATIONS + " where h.id = :id and h.jury_member_id = :member")
                .param("id", habilitationId).param("member", juryMemberId)
                .query(JuryRepository::mapHabilitation).optional();
    }

    public void removeHabilitation(long habilitationId) {
        jdbc.sql("delete from habilitation where id = :id").param("id", habilitationId).update();
    }

    public boolean habilitationOverlaps(long juryMemberId, HabilitationDraft draft) {
        return habilitationOverlaps(juryMemberId, draft, null);
    }

    /** Whether another habilitation of the member for the title (not {@code exceptId}) overlaps these dates. */
    public boolean habilitationOverlaps(long juryMemberId, HabilitationDraft draft, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from habilitation where jury_member_id = :member and title_id = :title
                        and valid_from <= :until and valid_until >= :from
                        and (cast(:except as bigint) is null or id <> :except)""")
                .param("member", juryMemberId).param("title", draft.titleId()).param("except", exceptId)
                .param("from", draft.validFrom()).param("until", draft.validUntil())
                .query(Long.class).single() > 0;
    }

    public long declareLink(long juryMemberId, long candidateId, String nature) {
        return jdbc.sql("""
                        insert into jury_link (jury_member_id, candidate_id, nature) values (:member, :candidate, :nature)
                        returning id""")
                .param("member", juryMemberId).param("candidate", candidateId).param("nature", nature)
                .query(Long.class).single();
    }

    public boolean linkExists(long juryMemberId, long candidateId) {
        return jdbc.sql("select count(*) from jury_link where jury_member_id = :member and candidate_id = :candidate")
                .param("member", juryMemberId).param("candidate", candidateId).query(Long.class).single() > 0;
    }

    public Optional<DeclaredLink> link(long juryMemberId, long linkId) {
        return jdbc.sql(LINKS + " where l.id = :id and l.jury_member_id = :member")
                .param("id", linkId).param("member", juryMemberId).query(JuryRepository::mapLink).optional();
    }

    public void removeLink(long linkId) {
        jdbc.sql("delete from jury_link where id = :id").param("id", linkId).update();
    }

    /** The links of a jury member with the candidates of one centre (a centre sees only its own candidates). */
    public List<DeclaredLink> linksWithCentre(long juryMemberId, long centreId) {
        return jdbc.sql(LINKS + " where l.jury_member_id = :member and c.centre_id = :centre order by c.birth_name, c.first_names")
                .param("member", juryMemberId).param("centre", centreId).query(JuryRepository::mapLink).list();
    }

    public List<JuryLink> linksBetween(Collection<Long> juryMemberIds, Collection<Long> candidateIds) {
        if (juryMemberIds.isEmpty() || candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select jury_member_id, candidate_id, nature from jury_link
                        where jury_member_id in (:members) and candidate_id in (:candidates)
                        order by jury_member_id, candidate_id""")
                .param("members", Set.copyOf(juryMemberIds)).param("candidates", Set.copyOf(candidateIds))
                .query((rs, row) -> new JuryLink(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    private static final String HABILITATIONS = """
            select h.id, h.jury_member_id, h.title_id, t.code, t.name, h.valid_from, h.valid_until
            from habilitation h join title t on t.id = h.title_id""";

    private static final String LINKS = """
            select l.id, l.jury_member_id, l.candidate_id, c.birth_name, c.usage_name, c.first_names, c.identifier,
                   l.nature, l.declared_at
            from jury_link l join candidate c on c.id = l.candidate_id""";

    private List<JuryMember> withHabilitations(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<HabilitationEntry>> byMember = jdbc.sql(HABILITATIONS
                        + " where h.jury_member_id in (:ids) order by t.code, h.valid_from, h.id")
                .param("ids", rows.stream().map(Row::id).collect(Collectors.toSet()))
                .query(JuryRepository::mapHabilitation).list().stream()
                .collect(Collectors.groupingBy(HabilitationEntry::juryMemberId));
        return rows.stream().map(r -> new JuryMember(r.id(), r.personId(), r.lastName(), r.firstName(), r.email(), r.profession(),
                r.region(), byMember.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Row mapRow(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("last_name"), rs.getString("first_name"), rs.getString("email"),
                rs.getString("profession"), rs.getString("region"));
    }

    private static HabilitationEntry mapHabilitation(ResultSet rs, int row) throws SQLException {
        return new HabilitationEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }

    private static DeclaredLink mapLink(ResultSet rs, int row) throws SQLException {
        String usage = rs.getString("usage_name");
        String birth = rs.getString("birth_name");
        String name = (usage == null || usage.isBlank() ? birth : usage + " (" + birth + ")") + " " + rs.getString("first_names");
        return new DeclaredLink(rs.getLong("id"), rs.getLong("jury_member_id"), rs.getLong("candidate_id"), name,
                rs.getString("identifier"), rs.getString("nature"), rs.getObject("declared_at", OffsetDateTime.class));
    }
}
