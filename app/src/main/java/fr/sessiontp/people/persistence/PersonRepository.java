package fr.sessiontp.people.persistence;

import fr.sessiontp.people.domain.Person;
import fr.sessiontp.people.domain.PersonDraft;
import fr.sessiontp.people.domain.StaffKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persons who hold the roles (trainer, proctor, session manager, jury member). */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(long id) {
        return jdbc.sql("select id, centre_id, last_name, first_name, email from person where id = :id")
                .param("id", id).query(PersonRepository::map).optional();
    }

    /** The centre's persons, by name: the choices offered when giving one of them a new role. */
    public List<Person> ofCentre(long centreId) {
        return jdbc.sql("""
                        select id, centre_id, last_name, first_name, email from person where centre_id = :centre
                        order by last_name, first_name, id limit\s""" + StaffRepository.MAX_LISTED)
                .param("centre", centreId).query(PersonRepository::map).list();
    }

    /** The centre's persons who do not hold this role yet: whom the role may be given to. */
    public List<Person> ofCentreWithout(StaffKind kind, long centreId) {
        return jdbc.sql("""
                        select id, centre_id, last_name, first_name, email from person p where centre_id = :centre
                        and not exists (select 1 from\s""" + kind.table() + """
                         x where x.person_id = p.id)
                        order by last_name, first_name, id limit\s""" + StaffRepository.MAX_LISTED)
                .param("centre", centreId).query(PersonRepository::map).list();
    }

    /** The centre's persons who are not jury members yet: whom the centre may propose as one. */
    public List<Person> ofCentreNotJury(long centreId) {
        return jdbc.sql("""
                        select id, centre_id, last_name, first_name, email from person p where centre_id = :centre
                        and not exists (select 1 from jury_member m where m.person_id = p.id)
                        order by last_name, first_name, id limit\s""" + StaffRepository.MAX_LISTED)
                .param("centre", centreId).query(PersonRepository::map).list();
    }

    public long insert(Long centreId, PersonDraft draft) {
        return jdbc.sql("""
                        insert into person (centre_id, last_name, first_name, email)
                        values (:centre, :last, :first, :email) returning id""")
                .param("centre", centreId).param("last", draft.lastName()).param("first", draft.firstName())
                .param("email", draft.email()).query(Long.class).single();
    }

    /** Corrects a person's names and e-mail: every role they hold shows the change. */
    public void update(long id, PersonDraft draft) {
        jdbc.sql("update person set last_name = :last, first_name = :first, email = :email where id = :id")
                .param("id", id).param("last", draft.lastName()).param("first", draft.firstName())
                .param("email", draft.email()).update();
    }

    /** Whether the person already holds this role (a person is at most one trainer, one proctor, one manager). */
    public boolean holds(StaffKind kind, long personId) {
        return jdbc.sql("select count(*) from " + kind.table() + " where person_id = :person")
                .param("person", personId).query(Long.class).single() > 0;
    }

    public boolean isJuryMember(long personId) {
        return jdbc.sql("select count(*) from jury_member where person_id = :person")
                .param("person", personId).query(Long.class).single() > 0;
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getObject("centre_id", Long.class), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("email"));
    }
}
