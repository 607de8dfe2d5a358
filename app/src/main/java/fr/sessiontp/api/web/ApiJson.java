package fr.sessiontp.api.web;

import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.session.SessionSummary;
import fr.sessiontp.session.SessionView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The JSON documents of the API (described in {@code api/openapi.json}). */
final class ApiJson {

    private ApiJson() {
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    }

    record TitleRef(long id, String code, String name) {
    }

    record SessionItem(long id, String number, String type, String status, LocalDate startDate, LocalDate endDate,
                       TitleRef title) {

        static SessionItem of(SessionSummary s) {
            return new SessionItem(s.id(), s.number(), s.type().name(), s.status().name(), s.startDate(), s.endDate(),
                    new TitleRef(s.titleId(), s.titleCode(), s.titleName()));
        }
    }

    record Person(String lastName, String firstName) {
    }

    record Candidate(long id, String identifier, String birthName, String usageName, String firstNames,
                     String accessRoute, int extraTimePercent, Integer juryPair) {

        static Candidate of(SessionView.Enrolment e) {
            CandidateSummary c = e.candidate();
            return new Candidate(c.id(), c.identifier(), c.birthName(), c.usageName(), c.firstNames(),
                    c.accessRoute().name(), c.extraTimePercent(), e.juryPairPosition());
        }
    }

    record JuryPair(int position, List<Person> members) {
    }

    record SessionDetail(long id, String number, String type, String status, LocalDate startDate, LocalDate endDate,
                         TitleRef title, String centre, Person manager, Person substitute, List<Candidate> candidates,
                         List<JuryPair> juryPairs, int proctors) {

        static SessionDetail of(SessionView v) {
            SessionSummary s = v.summary();
            return new SessionDetail(s.id(), s.number(), s.type().name(), s.status().name(), s.startDate(), s.endDate(),
                    new TitleRef(s.titleId(), s.titleCode(), s.titleName()), v.centre().name(),
                    v.manager() == null ? null : new Person(v.manager().lastName(), v.manager().firstName()),
                    v.substitute() == null ? null : new Person(v.substitute().lastName(), v.substitute().firstName()),
                    v.enrolments().stream().map(Candidate::of).toList(),
                    v.juryPairs().stream().map(p -> new JuryPair(p.position(), p.members().stream()
                            .map(m -> new Person(m.lastName(), m.firstName())).toList())).toList(),
                    v.proctors().size());
        }
    }

    record CandidateRef(long id, String identifier) {
    }

    record Sitting(int index, String epreuveCode, String epreuveLabel, LocalDate day, LocalTime start, LocalTime end,
                   String room, List<CandidateRef> candidates, boolean beforeJury, Long proctorId,
                   List<Long> juryMemberIds) {

        static Sitting of(Deroules.Sitting s, Map<Long, String> identifiers) {
            return new Sitting(s.index(), s.epreuveCode(), s.epreuveLabel(), s.day(), s.start(), s.end(), s.room(),
                    s.candidateIds().stream().map(id -> new CandidateRef(id, identifiers.get(id))).toList(),
                    !s.juryMemberIds().isEmpty(), s.proctorId(), s.juryMemberIds());
        }
    }

    record Deroule(long sessionId, String sessionNumber, boolean planned, List<Sitting> sittings) {
    }

    record ImportResult(long sessionId, int imported, List<CandidateRef> candidates) {
    }
}
