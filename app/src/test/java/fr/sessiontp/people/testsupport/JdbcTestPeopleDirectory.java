package fr.sessiontp.people.testsupport;

import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.Habilitation;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.people.TrainerSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST ONLY: a minimal {@link PeopleDirectory} over the people tables, used while the people module's own
 * implementation is not on this branch. Registered only when no other PeopleDirectory bean exists; delete it once the
 * real one is merged.
 */
public class JdbcTestPeopleDirectory implements PeopleDirectory {

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        @ConditionalOnMissingBean(PeopleDirectory.class)
        PeopleDirectory jdbcTestPeopleDirectory(JdbcClient jdbc) {
            return new JdbcTestPeopleDirectory(jdbc);
        }
    }

    private static final String CANDIDATE = """
            select id, centre_id, identifier, birth_name, usage_name, first_names, access_route, extra_time_percent,
                   trainer_id from candidate""";

    private final JdbcClient jdbc;

    public JdbcTestPeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CandidateSummary> candidate(long id) {
        return jdbc.sql(CANDIDATE + " where id = :id").param("id", id).query(JdbcTestPeopleDirectory::candidate).optional();
    }

    @Override
    public List<CandidateSummary> candidates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATE + " where id in (:ids) order by birth_name, first_names")
                .param("ids", List.copyOf(ids)).query(JdbcTestPeopleDirectory::candidate).list();
    }

    @Override
    public List<CandidateSummary> candidatesOfCentre(long centreId) {
        return jdbc.sql(CANDIDATE + " where centre_id = :c order by birth_name, first_names")
                .param("c", centreId).query(JdbcTestPeopleDirectory::candidate).list();
    }

    @Override
    public Optional<JuryMemberSummary> juryMember(long id) {
        return juryMembers(List.of(id)).stream().findFirst();
    }

    @Override
    public List<JuryMemberSummary> juryMembers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return members(" where id in (:ids)", Map.of("ids", List.copyOf(ids)));
    }

    @Override
    public List<JuryMemberSummary> allJuryMembers() {
        return members("", Map.of());
    }

    private List<JuryMemberSummary> members(String where, Map<String, Object> params) {
        Map<Long, List<Habilitation>> habilitations = jdbc.sql(
                        "select jury_member_id, title_id, valid_from, valid_until from habilitation order by valid_from")
                .query((rs, n) -> Map.entry(rs.getLong("jury_member_id"), new Habilitation(rs.getLong("title_id"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, last_name, first_name, email, profession, region from jury_member" + where
                        + " order by last_name, first_name")
                .params(params)
                .query((rs, n) -> new JuryMemberSummary(rs.getLong("id"), rs.getString("last_name"),
                        rs.getString("first_name"), rs.getString("email"), rs.getString("profession"),
                        rs.getString("region"), habilitations.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Override
    public List<JuryLink> linksBetween(Collection<Long> juryMemberIds, Collection<Long> candidateIds) {
        if (juryMemberIds.isEmpty() || candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select jury_member_id, candidate_id, nature from jury_link where jury_member_id in (:j) and candidate_id in (:c)")
                .param("j", List.copyOf(juryMemberIds)).param("c", List.copyOf(candidateIds))
                .query((rs, n) -> new JuryLink(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    @Override
    public Optional<ProctorSummary> proctor(long id) {
        return jdbc.sql("select id, centre_id, last_name, first_name, trainer_id, manager_id from proctor where id = :id")
                .param("id", id).query(JdbcTestPeopleDirectory::proctor).optional();
    }

    @Override
    public List<ProctorSummary> proctorsOfCentre(long centreId) {
        return jdbc.sql("select id, centre_id, last_name, first_name, trainer_id, manager_id from proctor where centre_id = :c order by last_name")
                .param("c", centreId).query(JdbcTestPeopleDirectory::proctor).list();
    }

    @Override
    public Optional<SessionManagerSummary> sessionManager(long id) {
        return jdbc.sql("select id, centre_id, last_name, first_name, email from session_manager where id = :id")
                .param("id", id).query(JdbcTestPeopleDirectory::manager).optional();
    }

    @Override
    public List<SessionManagerSummary> sessionManagersOfCentre(long centreId) {
        return jdbc.sql("select id, centre_id, last_name, first_name, email from session_manager where centre_id = :c order by last_name")
                .param("c", centreId).query(JdbcTestPeopleDirectory::manager).list();
    }

    @Override
    public Optional<TrainerSummary> trainer(long id) {
        return jdbc.sql("select id, centre_id, last_name, first_name from trainer where id = :id")
                .param("id", id).query((rs, n) -> new TrainerSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4))).optional();
    }

    @Override
    public List<TrainerSummary> trainersOfCentre(long centreId) {
        return jdbc.sql("select id, centre_id, last_name, first_name from trainer where centre_id = :c order by last_name")
                .param("c", centreId).query((rs, n) -> new TrainerSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    private static CandidateSummary candidate(ResultSet rs, int row) throws SQLException {
        return new CandidateSummary(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("identifier"),
                rs.getString("birth_name"), rs.getString("usage_name"), rs.getString("first_names"),
                AccessRoute.valueOf(rs.getString("access_route")), rs.getInt("extra_time_percent"),
                rs.getObject("trainer_id", Long.class));
    }

    private static ProctorSummary proctor(ResultSet rs, int row) throws SQLException {
        return new ProctorSummary(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("last_name"),
                rs.getString("first_name"), rs.getObject("trainer_id", Long.class), rs.getObject("manager_id", Long.class));
    }

    private static SessionManagerSummary manager(ResultSet rs, int row) throws SQLException {
        return new SessionManagerSummary(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("email"));
    }
}
