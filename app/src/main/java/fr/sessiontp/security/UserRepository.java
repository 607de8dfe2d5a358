package fr.sessiontp.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SessionTpUserDetails> findByUsername(String username) {
        return jdbc.sql("""
                        select id, username, password_hash, role, display_name, centre_id, person_id, region, enabled
                        from app_user where lower(username) = lower(:username)""")
                .param("username", username)
                .query(UserRepository::map)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(:username)")
                .param("username", username).query(Long.class).single() > 0;
    }

    long insert(NewUser user, String passwordHash) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, role, display_name, centre_id, person_id, region)
                        values (:username, :hash, :role, :displayName, :centreId, :personId, :region)
                        returning id""")
                .param("username", user.username())
                .param("hash", passwordHash)
                .param("role", user.role().name())
                .param("displayName", user.displayName())
                .param("centreId", user.centreId())
                .param("personId", user.personId())
                .param("region", user.region())
                .query(Long.class).single();
    }

    private static SessionTpUserDetails map(ResultSet rs, int row) throws SQLException {
        CurrentUser user = new CurrentUser(
                rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("centre_id", Long.class), rs.getObject("person_id", Long.class),
                rs.getString("region"));
        return new SessionTpUserDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
