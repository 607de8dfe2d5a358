package fr.sessiontp.people.persistence;

import fr.sessiontp.people.domain.PersonRole;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainers, proctors and session managers of the centres, each with the person they are. */
@Repository
public class StaffRepository {

    /** A centre keeps a few dozen staff members: lists are bounded by this. */
    public static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> find(StaffKind kind, long id) {
        return jdbc.sql(select(kind) + " where x.id = :id").param("id", id).query((rs, row) -> map(kind, rs)).optional();
    }

    public Optional<StaffMember> findInCentre(StaffKind kind, long centreId, long id) {
        return find(kind, id).filter(member -> member.centreId() == centreId);
    }

    public List<StaffMember> ofCentre(StaffKind kind, long centreId) {
        return jdbc.sql(select(kind) + " where x.centre_id = :centre order by p.last_name, p.first_name, x.id limit " + MAX_LISTED)
                .param("centre", centreId).query((rs, row) -> map(kind, rs)).list();
    }

    /** Gives the person this role in the centre. */
    public long insert(StaffKind kind, long centreId, long personId) {
        return jdbc.sql("insert into " + kind.table() + " (centre_id, person_id) values (:centre, :person) returning id")
                .param("centre", centreId).param("person", personId)
                .query(Long.class).single();
    }

    private static String select(StaffKind kind) {
        return """
                select x.id, x.centre_id, x.person_id, p.last_name, p.first_name, p.email,
                       exists (select 1 from trainer o where o.person_id = x.person_id) as is_trainer,
                       exists (select 1 from proctor o where o.person_id = x.person_id) as is_proctor,
                       exists (select 1 from session_manager o where o.person_id = x.person_id) as is_manager,
                       exists (select 1 from jury_member o where o.person_id = x.person_id) as is_jury
                from\s""" + kind.table() + " x join person p on p.id = x.person_id";
    }

    private static StaffMember map(StaffKind kind, ResultSet rs) throws SQLException {
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        if (rs.getBoolean("is_trainer")) {
            roles.add(PersonRole.TRAINER);
        }
        if (rs.getBoolean("is_proctor")) {
            roles.add(PersonRole.PROCTOR);
        }
        if (rs.getBoolean("is_manager")) {
            roles.add(PersonRole.SESSION_MANAGER);
        }
        if (rs.getBoolean("is_jury")) {
            roles.add(PersonRole.JURY_MEMBER);
        }
        return new StaffMember(kind, rs.getLong("id"), rs.getLong("centre_id"), rs.getLong("person_id"),
                rs.getString("last_name"), rs.getString("first_name"), rs.getString("email"), roles);
    }
}
