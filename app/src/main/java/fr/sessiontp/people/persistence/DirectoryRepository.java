package fr.sessiontp.people.persistence;

import fr.sessiontp.people.domain.JuryProposal;
import fr.sessiontp.people.domain.Unavailability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regional jury directory: the centres' proposals and the members' unavailable days. */
@Repository
public class DirectoryRepository {

    /** A region keeps at most a few hundred pending proposals: lists are bounded by this. */
    public static final int MAX_LISTED = 500;

    private static final String PROPOSALS = """
            select jp.id, jp.jury_member_id, p.last_name || ' ' || p.first_name as member_name, p.email,
                   m.profession, m.region, jp.centre_id, c.name as centre_name, jp.title_id,
                   t.code || ' — ' || t.name as title_label, jp.note, jp.proposed_by, jp.proposed_at, jp.decision,
                   jp.decided_by, jp.decided_at, jp.decision_note
            from jury_proposal jp join jury_member m on m.id = jp.jury_member_id join person p on p.id = m.person_id
            join centre c on c.id = jp.centre_id join title t on t.id = jp.title_id""";

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long propose(long juryMemberId, long centreId, long titleId, String note, String proposedBy) {
        return jdbc.sql("""
                        insert into jury_proposal (jury_member_id, centre_id, title_id, note, proposed_by)
                        values (:member, :centre, :title, :note, :by) returning id""")
                .param("member", juryMemberId).param("centre", centreId).param("title", titleId)
                .param("note", note).param("by", proposedBy).query(Long.class).single();
    }

    public Optional<JuryProposal> proposal(long id) {
        return jdbc.sql(PROPOSALS + " where jp.id = :id").param("id", id).query(DirectoryRepository::map).optional();
    }

    /** The proposals waiting for the authority of this region, oldest first. */
    public List<JuryProposal> pendingInRegion(String region) {
        return jdbc.sql(PROPOSALS + " where jp.decision is null and lower(m.region) = lower(:region)"
                        + " order by jp.proposed_at, jp.id limit " + MAX_LISTED)
                .param("region", region).query(DirectoryRepository::map).list();
    }

    /** A centre's proposals, latest first. */
    public List<JuryProposal> ofCentre(long centreId) {
        return jdbc.sql(PROPOSALS + " where jp.centre_id = :centre order by jp.proposed_at desc, jp.id desc limit "
                        + MAX_LISTED)
                .param("centre", centreId).query(DirectoryRepository::map).list();
    }

    public List<JuryProposal> ofMember(long juryMemberId) {
        return jdbc.sql(PROPOSALS + " where jp.jury_member_id = :member order by jp.proposed_at desc, jp.id desc")
                .param("member", juryMemberId).query(DirectoryRepository::map).list();
    }

    /** Records the decision once: false when someone decided meanwhile. */
    public boolean decide(long id, String decision, String decidedBy, String note) {
        return jdbc.sql("""
                        update jury_proposal set decision = :decision, decided_by = :by, decided_at = now(),
                            decision_note = :note
                        where id = :id and decision is null""")
                .param("id", id).param("decision", decision).param("by", decidedBy).param("note", note)
                .update() == 1;
    }

    public long addUnavailability(long juryMemberId, LocalDate day, String enteredBy, Long centreId) {
        return jdbc.sql("""
                        insert into jury_unavailability (jury_member_id, day, entered_by, centre_id)
                        values (:member, :day, :by, :centre) returning id""")
                .param("member", juryMemberId).param("day", day).param("by", enteredBy).param("centre", centreId)
                .query(Long.class).single();
    }

    public boolean isUnavailable(long juryMemberId, LocalDate day) {
        return jdbc.sql("select count(*) from jury_unavailability where jury_member_id = :member and day = :day")
                .param("member", juryMemberId).param("day", day).query(Long.class).single() > 0;
    }

    public Optional<Unavailability> unavailability(long juryMemberId, long id) {
        return jdbc.sql("""
                        select id, jury_member_id, day, entered_by, centre_id from jury_unavailability
                        where id = :id and jury_member_id = :member""")
                .param("id", id).param("member", juryMemberId).query(DirectoryRepository::mapDay).optional();
    }

    public void removeUnavailability(long id) {
        jdbc.sql("delete from jury_unavailability where id = :id").param("id", id).update();
    }

    /** A member's unavailable days from {@code from} on, in order. */
    public List<Unavailability> unavailabilities(long juryMemberId, LocalDate from) {
        return jdbc.sql("""
                        select id, jury_member_id, day, entered_by, centre_id from jury_unavailability
                        where jury_member_id = :member and day >= :from order by day limit 1000""")
                .param("member", juryMemberId).param("from", from).query(DirectoryRepository::mapDay).list();
    }

    /** The unavailable days of these members between two days (both included), by member. */
    public Map<Long, List<LocalDate>> unavailableDays(Collection<Long> juryMemberIds, LocalDate from, LocalDate until) {
        Map<Long, List<LocalDate>> days = new LinkedHashMap<>();
        if (juryMemberIds.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                        select jury_member_id, day from jury_unavailability
                        where jury_member_id in (:members) and day between :from and :until
                        order by jury_member_id, day""")
                .param("members", Set.copyOf(juryMemberIds)).param("from", from).param("until", until)
                .query((rs, row) -> {
                    days.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getObject(2, LocalDate.class));
                    return null;
                }).list();
        return days;
    }

    private static JuryProposal map(ResultSet rs, int row) throws SQLException {
        return new JuryProposal(rs.getLong("id"), rs.getLong("jury_member_id"), rs.getString("member_name"),
                rs.getString("email"), rs.getString("profession"), rs.getString("region"), rs.getLong("centre_id"),
                rs.getString("centre_name"), rs.getLong("title_id"), rs.getString("title_label"), rs.getString("note"),
                rs.getString("proposed_by"), rs.getObject("proposed_at", OffsetDateTime.class),
                rs.getString("decision"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decision_note"));
    }

    private static Unavailability mapDay(ResultSet rs, int row) throws SQLException {
        return new Unavailability(rs.getLong("id"), rs.getLong("jury_member_id"), rs.getObject("day", LocalDate.class),
                rs.getString("entered_by"), rs.getObject("centre_id", Long.class));
    }
}
