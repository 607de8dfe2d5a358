package fr.sessiontp.centre.application;

import fr.sessiontp.security.AccountCentres;
import fr.sessiontp.security.AccountChoice;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The centres an account can belong to, for the accounts pages of the security module (its {@link AccountCentres}). */
@Component
class CentresForAccounts implements AccountCentres {

    private static final int LIMIT = 2_000;

    private final JdbcClient jdbc;

    CentresForAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccountChoice> all() {
        return jdbc.sql("select id, name || ' (' || city || ')' from centre order by name, id limit :limit")
                .param("limit", LIMIT).query((rs, n) -> new AccountChoice(rs.getLong(1), rs.getString(2))).list();
    }

    @Override
    public Optional<AccountChoice> centre(long id) {
        return jdbc.sql("select id, name || ' (' || city || ')' from centre where id = :id").param("id", id)
                .query((rs, n) -> new AccountChoice(rs.getLong(1), rs.getString(2))).optional();
    }
}
