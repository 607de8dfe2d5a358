package fr.sessiontp.people.persistence;

import fr.sessiontp.people.domain.PersonDraft;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainers, proctors and session managers of the centres. */
@Repository
public class StaffRepository {

    /** A centre keeps a few dozen staff members: lists are bounded by this. */
    public static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> find(StaffKind kind, long id) {
        return jdbc.sql(select(kind) + " where id = :id").param("id", id).query((rs, row) -> map(kind, rs)).optional();
    }

    public Optional<StaffMember> findInCentre(StaffKind kind, long centreId, long id) {
        return find(kind, id).filter(member -> member.centreId() == centreId);
    }

    public List<StaffMember> ofCentre(StaffKind kind, long centreId) {
        return jdbc.sql(select(kind) + " where centre_id = :centre order by last_name, first_name, id limit " + MAX_LISTED)
                .param("centre", centreId).query((rs, row) -> map(kind, rs)).list();
    }

    public long insert(StaffKind kind, long centreId, PersonDraft draft, Long trainerId, Long managerId) {
        if (kind == StaffKind.PROCTOR) {
            return jdbc.sql("""
                            insert into proctor (centre_id, last_name, first_name, email, trainer_id, manager_id)
                            values (:centre, :last, :first, :email, :trainer, :manager) returning id""")
                    .param("centre", centreId).param("last", draft.lastName()).param("first", draft.firstName())
                    .param("email", draft.email()).param("trainer", trainerId).param("manager", managerId)
                    .query(Long.class).single();
        }
        return jdbc.sql("insert into " + kind.table() + " (centre_id, last_name, first_name, email)"
                        + " values (:centre, :last, :first, :email) returning id")
                .param("centre", centreId).param("last", draft.lastName()).param("first", draft.firstName())
                .param("email", draft.email())
                .query(Long.class).single();
    }

    public void update(StaffKind kind, long id, PersonDraft draft, Long trainerId, Long managerId) {
        if (kind == StaffKind.PROCTOR) {
            jdbc.sql("""
                            update proctor set last_name = :last, first_name = :first, email = :email,
                                trainer_id = :trainer, manager_id = :manager where id = :id""")
                    .param("id", id).param("last", draft.lastName()).param("first", draft.firstName())
                    .param("email", draft.email()).param("trainer", trainerId).param("manager", managerId)
                    .update();
            return;
        }
        jdbc.sql("update " + kind.table() + " set last_name = :last, first_name = :first, email = :email where id = :id")
                .param("id", id).param("last", draft.lastName()).param("first", draft.firstName())
                .param("email", draft.email())
                .update();
    }

    private static String select(StaffKind kind) {
        String links = kind == StaffKind.PROCTOR ? "trainer_id, manager_id" : "null::bigint as trainer_id, null::bigint as manager_id";
        return "select id, centre_id, last_name, first_name, email, " + links + " from " + kind.table();
    }

    private static StaffMember map(StaffKind kind, ResultSet rs) throws SQLException {
        return new StaffMember(kind, rs.getLong("id"), rs.getLong("centre_id"), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("email"), rs.getObject("trainer_id", Long.class),
                rs.getObject("manager_id", Long.class));
    }
}
