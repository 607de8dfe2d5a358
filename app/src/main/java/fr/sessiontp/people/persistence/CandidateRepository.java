package fr.sessiontp.people.persistence;

import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.CandidateContact;
import fr.sessiontp.people.domain.Candidate;
import fr.sessiontp.people.domain.CandidateDraft;
import fr.sessiontp.people.domain.PageOf;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidate table. */
@Repository
public class CandidateRepository {

    private static final String COLUMNS = """
            id, centre_id, identifier, birth_name, usage_name, first_names, birth_date, email, access_route,
            extra_time_percent, adjustment_note, trainer_id,
            (select t.person_id from trainer t where t.id = candidate.trainer_id) as trainer_person_id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CandidateRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<Candidate> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from candidate where id = :id").param("id", id)
                .query(CandidateRepository::map).optional();
    }

    /** The candidate, only when they belong to the centre. */
    public Optional<Candidate> findInCentre(long centreId, long id) {
        return find(id).filter(candidate -> candidate.centreId() == centreId);
    }

    public List<Candidate> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from candidate where id in (:ids) order by id")
                .param("ids", Set.copyOf(ids)).query(CandidateRepository::map).list();
    }

    /**
     * At most {@code limit} of the centre's candidates, by name, not in {@code excluded}, whose names or identifier
     * contain the text.
     */
    public List<Candidate> matching(long centreId, String text, Collection<Long> excluded, int limit) {
        String notExcluded = excluded.isEmpty() ? "" : " and id not in (:excluded)";
        var query = jdbc.sql("select " + COLUMNS + " from candidate where centre_id = :centre and (" + NAME_OR_IDENTIFIER_LIKE
                        + ")" + notExcluded + " order by birth_name, first_names, id limit :limit")
                .param("centre", centreId).param("q", containing(text)).param("limit", limit);
        return (excluded.isEmpty() ? query : query.param("excluded", Set.copyOf(excluded)))
                .query(CandidateRepository::map).list();
    }

    private static final String NAME_OR_IDENTIFIER_LIKE = """
            lower(birth_name) like :q or lower(coalesce(usage_name, '')) like :q or lower(first_names) like :q
             or lower(identifier) like :q""";

    /** A LIKE pattern matching values that contain the text, case-insensitively, with LIKE's wildcards escaped. */
    private static String containing(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
    }

    public List<Long> idsOfTrainer(long trainerId) {
        return jdbc.sql("select id from candidate where trainer_id = :trainer order by id").param("trainer", trainerId)
                .query(Long.class).list();
    }

    public List<Candidate> ofCentre(long centreId) {
        return jdbc.sql("select " + COLUMNS + " from candidate where centre_id = :centre order by birth_name, first_names, id")
                .param("centre", centreId).query(CandidateRepository::map).list();
    }

    /** A page of the centre's candidates whose name, first names, identifier or e-mail contain the search text. */
    public PageOf<Candidate> search(long centreId, String text, int page, int size) {
        String like = containing(text);
        String where = " where centre_id = :centre and (" + NAME_OR_IDENTIFIER_LIKE + " or lower(coalesce(email, '')) like :q)";
        long total = jdbc.sql("select count(*) from candidate" + where).param("centre", centreId).param("q", like)
                .query(Long.class).single();
        List<Candidate> items = jdbc.sql("select " + COLUMNS + " from candidate" + where
                        + " order by birth_name, first_names, id limit :size offset :offset")
                .param("centre", centreId).param("q", like).param("size", size).param("offset", (long) page * size)
                .query(CandidateRepository::map).list();
        return new PageOf<>(items, page, size, total);
    }

    public boolean identifierTaken(long centreId, String identifier, Long exceptId) {
        return jdbc.sql("""
                        select count(*) from candidate where centre_id = :centre and lower(identifier) = lower(:identifier)
                        and (cast(:except as bigint) is null or id <> :except)""")
                .param("centre", centreId).param("identifier", identifier).param("except", exceptId)
                .query(Long.class).single() > 0;
    }

    /** The identifiers (lower case) of the centre's candidates. */
    public Set<String> identifiersOfCentre(long centreId) {
        return jdbc.sql("select lower(identifier) from candidate where centre_id = :centre").param("centre", centreId)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    public long insert(long centreId, CandidateDraft draft) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, usage_name, first_names, birth_date, email,
                            access_route, extra_time_percent, adjustment_note, trainer_id)
                        values (:centre, :identifier, :birthName, :usageName, :firstNames, :birthDate, :email,
                            :accessRoute, :extraTime, :note, :trainer)
                        returning id""")
                .param("centre", centreId)
                .params(params(draft))
                .query(Long.class).single();
    }

    /**
     * Inserts many candidates of the centre in one JDBC batch (an import of thousands of rows); returns their ids in
     * the order of the drafts, found by their identifiers (unique in the centre).
     */
    public List<Long> insertAll(long centreId, List<CandidateDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        SqlParameterSource[] parameters = drafts.stream().map(draft -> {
            java.util.Map<String, Object> map = params(draft);
            map.put("centre", centreId);
            return new MapSqlParameterSource(map);
        }).toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into candidate (centre_id, identifier, birth_name, usage_name, first_names, birth_date, email,
                    access_route, extra_time_percent, adjustment_note, trainer_id)
                values (:centre, :identifier, :birthName, :usageName, :firstNames, :birthDate, :email,
                    :accessRoute, :extraTime, :note, :trainer)""", parameters);
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select id, identifier from candidate where centre_id = :centre and identifier in (:identifiers)")
                .param("centre", centreId)
                .param("identifiers", drafts.stream().map(CandidateDraft::identifier).toList())
                .query((ResultSet rs) -> {
                    ids.put(rs.getString("identifier"), rs.getLong("id"));
                });
        return drafts.stream().map(d -> ids.get(d.identifier())).toList();
    }

    public void update(long id, CandidateDraft draft) {
        jdbc.sql("""
                        update candidate set identifier = :identifier, birth_name = :birthName, usage_name = :usageName,
                            first_names = :firstNames, birth_date = :birthDate, email = :email, access_route = :accessRoute,
                            extra_time_percent = :extraTime, adjustment_note = :note, trainer_id = :trainer
                        where id = :id""")
                .param("id", id)
                .params(params(draft))
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from candidate").query(Long.class).single();
    }

    private static java.util.Map<String, Object> params(CandidateDraft draft) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        map.put("identifier", draft.identifier());
        map.put("birthName", draft.birthName());
        map.put("usageName", draft.usageName());
        map.put("firstNames", draft.firstNames());
        map.put("birthDate", draft.birthDate());
        map.put("email", draft.email());
        map.put("accessRoute", draft.accessRoute().name());
        map.put("extraTime", draft.extraTimePercent());
        map.put("note", draft.adjustmentNote());
        map.put("trainer", draft.trainerId());
        return map;
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("identifier"),
                rs.getString("birth_name"), rs.getString("usage_name"), rs.getString("first_names"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("email"),
                AccessRoute.valueOf(rs.getString("access_route")), rs.getInt("extra_time_percent"),
                rs.getString("adjustment_note"), rs.getObject("trainer_id", Long.class),
                rs.getObject("trainer_person_id", Long.class));
    }

    public Optional<CandidateContact> contact(long id) {
        return jdbc.sql("select email, postal_address, postal_code, city, phone from candidate where id = :id")
                .param("id", id)
                .query((rs, n) -> new CandidateContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    public void updatePostalDetails(long id, String postalAddress, String postalCode, String city, String phone) {
        jdbc.sql("update candidate set postal_address = :a, postal_code = :p, city = :c, phone = :t where id = :id")
                .param("id", id).param("a", postalAddress).param("p", postalCode).param("c", city).param("t", phone)
                .update();
    }
}
