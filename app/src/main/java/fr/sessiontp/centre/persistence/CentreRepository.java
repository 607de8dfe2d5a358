package fr.sessiontp.centre.persistence;

import fr.sessiontp.centre.Accreditation;
import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.CentreCalendar;
import fr.sessiontp.centre.NewAccreditation;
import fr.sessiontp.centre.NewCentre;
import fr.sessiontp.centre.Room;
import fr.sessiontp.centre.RoomDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The centre module's tables: centre, centre_calendar, accreditation, room. */
@Repository
public class CentreRepository {

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Centre> centre(long id) {
        return jdbc.sql("select id, name, address, postal_code, city, region, email, contact_name, phone from centre where id = :id")
                .param("id", id).query(CentreRepository::mapCentre).optional();
    }

    public List<Centre> centres(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, address, postal_code, city, region, email, contact_name, phone from centre where id in (:ids) order by name")
                .param("ids", List.copyOf(ids)).query(CentreRepository::mapCentre).list();
    }

    public List<Centre> centresInRegion(String region) {
        return jdbc.sql("""
                        select id, name, address, postal_code, city, region, email, contact_name, phone from centre
                        where lower(region) = lower(:region) order by name""")
                .param("region", region).query(CentreRepository::mapCentre).list();
    }

    public List<Centre> allCentres() {
        return jdbc.sql("select id, name, address, postal_code, city, region, email, contact_name, phone from centre order by name, id limit 2000")
                .query(CentreRepository::mapCentre).list();
    }

    public long insertCentre(NewCentre c) {
        return jdbc.sql("""
                        insert into centre (name, address, postal_code, city, region, email, contact_name, phone)
                        values (:name, :address, :postalCode, :city, :region, :email, :contact, :phone) returning id""")
                .param("name", c.name()).param("address", c.address()).param("postalCode", c.postalCode())
                .param("city", c.city()).param("region", c.region()).param("email", c.email())
                .param("contact", c.contactName()).param("phone", c.phone())
                .query(Long.class).single();
    }

    public void updateCentre(long id, NewCentre c) {
        jdbc.sql("""
                        update centre set name = :name, address = :address, postal_code = :postalCode, city = :city,
                               region = :region, email = :email, contact_name = :contact, phone = :phone
                        where id = :id""")
                .param("id", id).param("name", c.name()).param("address", c.address())
                .param("postalCode", c.postalCode()).param("city", c.city()).param("region", c.region())
                .param("email", c.email()).param("contact", c.contactName()).param("phone", c.phone())
                .update();
    }

    public Optional<CentreCalendar> calendar(long centreId) {
        return jdbc.sql("""
                        select day_start, lunch_start, lunch_end, day_end, jury_day_end from centre_calendar
                        where centre_id = :centre""")
                .param("centre", centreId)
                .query((rs, n) -> new CentreCalendar(rs.getObject("day_start", LocalTime.class),
                        rs.getObject("lunch_start", LocalTime.class), rs.getObject("lunch_end", LocalTime.class),
                        rs.getObject("day_end", LocalTime.class), rs.getObject("jury_day_end", LocalTime.class)))
                .optional();
    }

    public void saveCalendar(long centreId, CentreCalendar c) {
        jdbc.sql("""
                        insert into centre_calendar (centre_id, day_start, lunch_start, lunch_end, day_end, jury_day_end)
                        values (:centre, :dayStart, :lunchStart, :lunchEnd, :dayEnd, :juryDayEnd)
                        on conflict (centre_id) do update set day_start = excluded.day_start,
                            lunch_start = excluded.lunch_start, lunch_end = excluded.lunch_end,
                            day_end = excluded.day_end, jury_day_end = excluded.jury_day_end""")
                .param("centre", centreId).param("dayStart", c.dayStart()).param("lunchStart", c.lunchStart())
                .param("lunchEnd", c.lunchEnd()).param("dayEnd", c.dayEnd()).param("juryDayEnd", c.juryDayEnd())
                .update();
    }

    public boolean accreditationNumberTaken(long centreId, long titleId, String number, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from accreditation
                        where centre_id = :c and title_id = :t and number = :n and id <> :except""")
                .param("c", centreId).param("t", titleId).param("n", number)
                .param("except", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public void updateAccreditation(long centreId, long id, NewAccreditation a) {
        jdbc.sql("""
                        update accreditation set title_id = :title, number = :number, valid_from = :from,
                               valid_until = :until, manager_last_name = :last, manager_first_name = :first
                        where centre_id = :centre and id = :id""")
                .param("centre", centreId).param("id", id).param("title", a.titleId()).param("number", a.number())
                .param("from", a.validFrom()).param("until", a.validUntil())
                .param("last", a.managerLastName()).param("first", a.managerFirstName())
                .update();
    }

    public List<Accreditation> accreditations(long centreId) {
        return jdbc.sql("""
                        select id, centre_id, title_id, number, valid_from, valid_until, manager_last_name, manager_first_name
                        from accreditation where centre_id = :centre order by valid_until desc, id desc""")
                .param("centre", centreId).query(CentreRepository::mapAccreditation).list();
    }

    public long insertAccreditation(long centreId, NewAccreditation a) {
        return jdbc.sql("""
                        insert into accreditation (centre_id, title_id, number, valid_from, valid_until,
                                                   manager_last_name, manager_first_name)
                        values (:centre, :title, :number, :from, :until, :last, :first) returning id""")
                .param("centre", centreId).param("title", a.titleId()).param("number", a.number())
                .param("from", a.validFrom()).param("until", a.validUntil())
                .param("last", a.managerLastName()).param("first", a.managerFirstName())
                .query(Long.class).single();
    }

    public List<Room> rooms(long centreId) {
        return jdbc.sql("""
                        select id, centre_id, code, name, kind, capacity, confidential from room
                        where centre_id = :centre order by code limit 500""")
                .param("centre", centreId).query(CentreRepository::mapRoom).list();
    }

    public Optional<Room> room(long centreId, long roomId) {
        return jdbc.sql("""
                        select id, centre_id, code, name, kind, capacity, confidential from room
                        where centre_id = :centre and id = :id""")
                .param("centre", centreId).param("id", roomId).query(CentreRepository::mapRoom).optional();
    }

    public boolean roomCodeTaken(long centreId, String code, Long exceptRoomId) {
        return jdbc.sql("select count(*) from room where centre_id = :centre and lower(code) = lower(:code) and id <> :except")
                .param("centre", centreId).param("code", code).param("except", exceptRoomId == null ? -1L : exceptRoomId)
                .query(Long.class).single() > 0;
    }

    public long insertRoom(long centreId, RoomDetails r) {
        return jdbc.sql("""
                        insert into room (centre_id, code, name, kind, capacity, confidential)
                        values (:centre, :code, :name, :kind, :capacity, :confidential) returning id""")
                .param("centre", centreId).param("code", r.code()).param("name", r.name()).param("kind", r.kind())
                .param("capacity", r.capacity()).param("confidential", r.confidential())
                .query(Long.class).single();
    }

    public boolean updateRoom(long centreId, long roomId, RoomDetails r) {
        return jdbc.sql("""
                        update room set code = :code, name = :name, kind = :kind, capacity = :capacity,
                               confidential = :confidential
                        where centre_id = :centre and id = :id""")
                .param("centre", centreId).param("id", roomId).param("code", r.code()).param("name", r.name())
                .param("kind", r.kind()).param("capacity", r.capacity()).param("confidential", r.confidential())
                .update() == 1;
    }

    private static Centre mapCentre(ResultSet rs, int row) throws SQLException {
        return new Centre(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getString("postal_code"),
                rs.getString("city"), rs.getString("region"), rs.getString("email"), rs.getString("contact_name"),
                rs.getString("phone"));
    }

    private static Accreditation mapAccreditation(ResultSet rs, int row) throws SQLException {
        return new Accreditation(rs.getLong("id"), rs.getLong("centre_id"), rs.getLong("title_id"),
                rs.getString("number"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("manager_last_name"),
                rs.getString("manager_first_name"));
    }

    private static Room mapRoom(ResultSet rs, int row) throws SQLException {
        return new Room(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("kind"), rs.getInt("capacity"), rs.getBoolean("confidential"));
    }
}
