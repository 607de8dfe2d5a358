package fr.sessiontp.planning.application;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryLink;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.session.SessionView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Builds the planner's problem (format v1) from a session's data: the title's épreuves and jury tasks for the
 * session type (P5: their RE durations), the centre's rooms (P7: confidential rooms), the jury pairs and their
 * candidates, each candidate's extra time (X3), the proctors and the candidates they trained (S4), the declared links
 * (S3), and the session's days with the centre's calendar (the defaults of {@code sessiontp.planning.*} when the
 * centre has none).
 *
 * <p>Ids in the problem: {@code C<candidate id>}, {@code J<jury member id>}, {@code S<proctor id>},
 * {@code R<session manager id>}, rooms by their code.
 */
@Component
public class ProblemBuilder {

    private final Referential referential;
    private final Centres centres;
    private final PeopleDirectory people;
    private final PlanningProperties properties;

    public ProblemBuilder(Referential referential, Centres centres, PeopleDirectory people,
                          PlanningProperties properties) {
        this.referential = referential;
        this.centres = centres;
        this.people = people;
        this.properties = properties;
    }

    public Problem build(SessionView session) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = session.summary().startDate(); !d.isAfter(session.summary().endDate()); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        Problem.Calendar calendar = centres.calendar(session.summary().centreId())
                .map(c -> new Problem.Calendar(days, minutes(c.dayStart()), minutes(c.dayEnd()),
                        minutes(c.juryDayEnd()), new Problem.Lunch(minutes(c.lunchStart()), minutes(c.lunchEnd())),
                        properties.granularity(), 0))
                .orElseGet(() -> new Problem.Calendar(days, Times.parse(properties.dayStart()),
                        Times.parse(properties.dayEnd()), Times.parse(properties.juryDayEnd()),
                        new Problem.Lunch(Times.parse(properties.lunchStart()), Times.parse(properties.lunchEnd())),
                        properties.granularity(), 0));

        List<Problem.Room> rooms = centres.rooms(session.summary().centreId()).stream()
                .map(r -> new Problem.Room(r.code(), r.kind(), r.capacity(), r.confidential())).toList();

        Problem.Person responsable = new Problem.Person("R" + session.manager().id(), session.manager().displayName());

        List<SessionView.JuryPair> pairs = session.juryPairs().stream()
                .sorted(Comparator.comparingInt(SessionView.JuryPair::position)).toList();
        Map<Long, JuryMemberSummary> members = new LinkedHashMap<>();
        List<List<String>> juryPairs = new ArrayList<>();
        Map<Long, Integer> pairIndex = new LinkedHashMap<>();
        for (SessionView.JuryPair pair : pairs) {
            members.putIfAbsent(pair.memberA().id(), pair.memberA());
            members.putIfAbsent(pair.memberB().id(), pair.memberB());
            pairIndex.put(pair.id(), juryPairs.size());
            juryPairs.add(List.of(juryId(pair.memberA().id()), juryId(pair.memberB().id())));
        }
        Map<Long, List<LocalDate>> unavailable = people.juryUnavailableDays(members.keySet(),
                session.summary().startDate(), session.summary().endDate());
        List<Problem.JuryMember> jury = members.values().stream()
                .map(m -> new Problem.JuryMember(juryId(m.id()), m.displayName(),
                        unavailable.getOrDefault(m.id(), List.of()).stream().map(LocalDate::toString).toList()))
                .toList();

        List<CandidateSummary> candidates = session.candidates();
        List<JuryLink> links = people.linksBetween(members.keySet(),
                candidates.stream().map(CandidateSummary::id).toList());

        List<Problem.Surveillant> surveillants = new ArrayList<>();
        for (ProctorSummary proctor : session.proctors()) {
            if (proctor.personId() == session.manager().personId()) {
                continue; // S5: the responsable is never a surveillant
            }
            List<String> trainerOf = candidates.stream()
                    .filter(c -> Objects.equals(c.trainerPersonId(), proctor.personId()))
                    .map(c -> candidateId(c.id())).toList();
            surveillants.add(new Problem.Surveillant("S" + proctor.id(), proctor.displayName(), trainerOf));
        }

        List<Problem.Candidate> problemCandidates = new ArrayList<>();
        for (SessionView.Enrolment enrolment : session.enrolments()) {
            CandidateSummary c = enrolment.candidate();
            List<String> conflicts = links.stream().filter(l -> l.candidateId() == c.id())
                    .map(l -> juryId(l.juryMemberId())).distinct().toList();
            Integer pair = enrolment.juryPairId() == null ? null : pairIndex.get(enrolment.juryPairId());
            problemCandidates.add(new Problem.Candidate(candidateId(c.id()), c.displayName(), conflicts, pair, false,
                    c.extraTimePercent()));
        }

        long version = session.summary().reVersionId(); // the RE version the session was created with (P5)
        List<Problem.Epreuve> epreuves = referential.epreuvesOfVersion(version, session.summary().type()).stream()
                .map(e -> new Problem.Epreuve(e.code(), e.label(), e.minutes(),
                        Problem.Grouping.valueOf(e.grouping().name()), e.groupSize(), e.roomKind(),
                        Problem.Presence.valueOf(e.presence().name()), e.afterEpreuves(), e.afterJuryTasks()))
                .toList();
        List<Problem.JuryTask> tasks = referential.juryTasksOfVersion(version, session.summary().type()).stream()
                .map(t -> new Problem.JuryTask(t.code(), t.label(), t.minutes(), t.roomKind(), t.afterEpreuves(),
                        t.beforeEpreuves()))
                .toList();

        return new Problem(1, session.summary().number(), calendar, rooms, responsable, jury, juryPairs, surveillants,
                problemCandidates, epreuves, tasks);
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public static String candidateId(long id) {
        return "C" + id;
    }

    public static String juryId(long id) {
        return "J" + id;
    }
}
