package fr.sessiontp.planning.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.Times;
import java.util.List;

/** Writes a problem in the JSON format v1 (FORMAT.md) and reads it back with the planner's strict reader. */
public final class ProblemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemJson() {
    }

    public static String write(Problem p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.put("sessionId", p.sessionId());
        ObjectNode cal = root.putObject("calendar");
        strings(cal.putArray("days"), p.calendar().days());
        cal.put("dayStart", Times.format(p.calendar().dayStart()));
        cal.put("dayEnd", Times.format(p.calendar().dayEnd()));
        cal.put("juryDayEnd", Times.format(p.calendar().juryDayEnd()));
        if (p.calendar().lunch() != null) {
            ObjectNode lunch = cal.putObject("lunch");
            lunch.put("start", Times.format(p.calendar().lunch().start()));
            lunch.put("end", Times.format(p.calendar().lunch().end()));
        }
        cal.put("granularityMinutes", p.calendar().granularityMinutes());
        cal.put("changeoverMinutes", p.calendar().changeoverMinutes());
        ArrayNode rooms = root.putArray("rooms");
        for (Problem.Room r : p.rooms()) {
            rooms.addObject().put("id", r.id()).put("kind", r.kind()).put("capacity", r.capacity())
                    .put("confidential", r.confidential());
        }
        root.putObject("responsable").put("id", p.responsable().id()).put("name", p.responsable().name());
        ArrayNode jury = root.putArray("jury");
        for (Problem.JuryMember j : p.jury()) {
            ObjectNode n = jury.addObject().put("id", j.id()).put("name", j.name());
            strings(n.putArray("unavailableDays"), j.unavailableDays());
        }
        ArrayNode pairs = root.putArray("juryPairs");
        for (List<String> pair : p.juryPairs()) {
            strings(pairs.addArray(), pair);
        }
        ArrayNode surveillants = root.putArray("surveillants");
        for (Problem.Surveillant s : p.surveillants()) {
            ObjectNode n = surveillants.addObject().put("id", s.id()).put("name", s.name());
            strings(n.putArray("trainerOf"), s.trainerOf());
        }
        ArrayNode candidates = root.putArray("candidates");
        for (Problem.Candidate c : p.candidates()) {
            ObjectNode n = candidates.addObject().put("id", c.id()).put("name", c.name());
            strings(n.putArray("conflictsWith"), c.conflictsWith());
            if (c.pair() == null) {
                n.putNull("pair");
            } else {
                n.put("pair", c.pair());
            }
            n.put("absent", c.absent()).put("extraTimePercent", c.extraTimePercent());
        }
        ArrayNode epreuves = root.putArray("epreuves");
        for (Problem.Epreuve e : p.epreuves()) {
            ObjectNode n = epreuves.addObject().put("id", e.id()).put("label", e.label()).put("minutes", e.minutes())
                    .put("grouping", e.grouping().name());
            if (e.groupSize() != null) {
                n.put("groupSize", e.groupSize());
            }
            n.put("roomKind", e.roomKind()).put("presence", e.presence().name());
            strings(n.putArray("after"), e.after());
            strings(n.putArray("afterJuryTasks"), e.afterJuryTasks());
        }
        ArrayNode tasks = root.putArray("juryTasks");
        for (Problem.JuryTask t : p.juryTasks()) {
            ObjectNode n = tasks.addObject().put("id", t.id()).put("label", t.label()).put("minutes", t.minutes())
                    .put("roomKind", t.roomKind());
            strings(n.putArray("afterEpreuves"), t.afterEpreuves());
            strings(n.putArray("beforeEpreuves"), t.beforeEpreuves());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write a planning problem", e);
        }
    }

    /** Reads a stored problem; a stored problem was written by {@link #write}, so an error is a bug. */
    public static Problem read(String json) {
        ReadResult<Problem> result = new ProblemReader().read(json);
        if (!result.ok()) {
            throw new IllegalStateException("Stored planning problem unreadable: " + result.errors());
        }
        return result.value();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
