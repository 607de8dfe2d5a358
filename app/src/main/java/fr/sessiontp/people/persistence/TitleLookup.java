package fr.sessiontp.people.persistence;

import fr.sessiontp.people.domain.TitleRef;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The titles a habilitation can name: a small read of the title table, so that this module needs no other module. */
@Repository
public class TitleLookup {

    private final JdbcClient jdbc;

    TitleLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TitleRef> all() {
        return jdbc.sql("select id, code, name from title order by code")
                .query((rs, row) -> new TitleRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<TitleRef> find(long id) {
        return jdbc.sql("select id, code, name from title where id = :id").param("id", id)
                .query((rs, row) -> new TitleRef(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
