package fr.sessiontp.planner.format;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.sessiontp.planner.format.JsonWalker.Ref;
import fr.sessiontp.planner.format.Problem.Calendar;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.format.Problem.JuryMember;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.format.Problem.Lunch;
import fr.sessiontp.planner.format.Problem.Person;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.format.Problem.Room;
import fr.sessiontp.planner.format.Problem.Surveillant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reader of the problem format v1: returns the problem with the defaults applied, or every
 * error found, each with its JSON path and a French reason. Never throws on bad input.
 */
public final class ProblemReader {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Why a file could not be read or written, in French (the system's own English text is not shown). */
    public static String ioError(Exception e) {
        return FormatDocuments.ioError(e);
    }

    public ReadResult<Problem> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(List.of(new FormatError("$", Messages.get("format.io", file, FormatDocuments.ioError(e)))));
        }
    }

    public ReadResult<Problem> read(String json) {
        return FormatDocuments.read(json, this::read);
    }

    private ReadResult<Problem> read(JsonNode root) {
        JsonWalker w = new JsonWalker();
        if (!w.formatVersionOneObject(root)) {
            return ReadResult.failed(w.errors);
        }
        if (!w.errors.isEmpty()) {
            return ReadResult.failed(w.errors);
        }
        String sessionId = w.string(root, "$", "sessionId", true);

        // calendar
        Calendar calendar = readCalendar(w, root);
        int granularity = calendar == null ? 5 : calendar.granularityMinutes();

        // rooms
        List<String> roomPaths = new ArrayList<>();
        List<Room> rooms = w.array(root, "$", "rooms", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String kind = w.string(n, p, "kind", true);
            Integer cap = w.integer(n, p, "capacity", true);
            Boolean conf = w.bool(n, p, "confidential");
            if (cap != null && cap < 1) {
                w.error(p + ".capacity", "format.positive");
            }
            if (id == null || kind == null || cap == null) return null;
            roomPaths.add(p);
            return new Room(id, kind, cap, conf != null && conf);
        });

        // people
        Map<String, String> personIds = new HashMap<>(); // id -> path of first use
        Person responsable = null;
        JsonNode respNode = w.field(root, "$", "responsable", true);
        if (w.isObject(respNode, "$.responsable")) {
            String id = w.string(respNode, "$.responsable", "id", true);
            String name = w.string(respNode, "$.responsable", "name", false);
            if (id != null) {
                responsable = new Person(id, name == null ? id : name);
            }
        }
        List<String> juryPaths = new ArrayList<>();
        List<JuryMember> jury = w.array(root, "$", "jury", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String name = w.string(n, p, "name", false);
            List<Ref> days = w.refs(n, p, "unavailableDays");
            if (id == null) return null;
            List<String> ds = new ArrayList<>();
            for (Ref d : days) {
                if (calendar != null && !calendar.days().contains(d.value())) {
                    if (parseDate(d.value()) == null) {
                        w.error(d.path(), "format.date", d.value());
                    }
                    // a day outside the calendar is harmless: ignored
                } else {
                    ds.add(d.value());
                }
            }
            juryPaths.add(p);
            return new JuryMember(id, name == null ? id : name, ds);
        });
        List<SurveillantDraft> surveillantDrafts = w.array(root, "$", "surveillants", false, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String name = w.string(n, p, "name", false);
            List<Ref> trainerOf = w.refs(n, p, "trainerOf");
            if (id == null) return null;
            return new SurveillantDraft(new Surveillant(id, name == null ? id : name,
                    trainerOf.stream().map(Ref::value).toList()), trainerOf, p);
        });
        if (surveillantDrafts == null) {
            surveillantDrafts = new ArrayList<>();
        }
        List<Surveillant> surveillants = surveillantDrafts.stream().map(SurveillantDraft::surveillant).toList();

        List<CandidateDraft> candidateDrafts = w.array(root, "$", "candidates", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String name = w.string(n, p, "name", false);
            List<Ref> conflicts = w.refs(n, p, "conflictsWith");
            Integer pair = w.integer(n, p, "pair", false);
            Boolean absent = w.bool(n, p, "absent");
            Integer extra = w.integer(n, p, "extraTimePercent", false);
            if (extra != null && extra < 0) {
                w.error(p + ".extraTimePercent", "format.nonNegative");
                extra = 0;
            }
            if (id == null) return null;
            return new CandidateDraft(new Candidate(id, name == null ? id : name,
                    conflicts.stream().map(Ref::value).toList(), pair, absent != null && absent,
                    extra == null ? 0 : extra), conflicts, p);
        });

        List<List<String>> pairs = w.array(root, "$", "juryPairs", true, (n, p) -> {
            List<String> members = w.arrayOf(n, p, w::stringElement);
            if (members == null) return null;
            if (members.size() != 2) {
                w.error(p, "format.pair.size");
                return null;
            }
            if (members.get(0).equals(members.get(1))) {
                w.error(p, "format.pair.same", members.get(0));
            }
            return members;
        });

        // epreuves and tasks
        List<EpreuveDraft> epreuveDrafts = w.array(root, "$", "epreuves", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String label = w.string(n, p, "label", false);
            Integer minutes = w.integer(n, p, "minutes", true);
            String groupingText = w.string(n, p, "grouping", true);
            Integer groupSize = w.integer(n, p, "groupSize", false);
            String roomKind = w.string(n, p, "roomKind", true);
            String presenceText = w.string(n, p, "presence", true);
            List<Ref> after = w.refs(n, p, "after");
            List<Ref> afterTasks = w.refs(n, p, "afterJuryTasks");
            Boolean extraTime = w.bool(n, p, "extraTime");
            Grouping grouping = enumValue(w, Grouping.class, groupingText, p + ".grouping");
            Presence presence = enumValue(w, Presence.class, presenceText, p + ".presence");
            checkMinutes(w, minutes, granularity, p + ".minutes");
            if (groupSize != null && groupSize < 1) {
                w.error(p + ".groupSize", "format.positive");
                groupSize = null;
            }
            if (grouping == Grouping.ALL && presence == Presence.JURY) {
                w.error(p, "format.allWithJury", id);
            }
            if (id == null || minutes == null || grouping == null || roomKind == null || presence == null) {
                return null;
            }
            return new EpreuveDraft(new Epreuve(id, label == null ? id : label, minutes, grouping, groupSize,
                    roomKind, presence, after.stream().map(Ref::value).toList(),
                    afterTasks.stream().map(Ref::value).toList(), extraTime == null || extraTime), after, afterTasks, p);
        });
        List<TaskDraft> taskDrafts = w.array(root, "$", "juryTasks", false, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String id = w.string(n, p, "id", true);
            String label = w.string(n, p, "label", false);
            Integer minutes = w.integer(n, p, "minutes", true);
            String roomKind = w.string(n, p, "roomKind", true);
            List<Ref> afterE = w.refs(n, p, "afterEpreuves");
            List<Ref> beforeE = w.refs(n, p, "beforeEpreuves");
            checkMinutes(w, minutes, granularity, p + ".minutes");
            if (id == null || minutes == null || roomKind == null) return null;
            return new TaskDraft(new JuryTask(id, label == null ? id : label, minutes, roomKind,
                    afterE.stream().map(Ref::value).toList(), beforeE.stream().map(Ref::value).toList()),
                    afterE, beforeE, p);
        });

        // ---- cross checks (only on what could be read) ----
        Set<String> juryIds = new HashSet<>();
        Set<String> candidateIds = new HashSet<>();
        Set<String> surveillantIds = new HashSet<>();
        if (responsable != null) {
            personIds.put(responsable.id(), "$.responsable.id");
        }
        if (jury != null) {
            for (int i = 0; i < jury.size(); i++) {
                unique(w, personIds, jury.get(i).id(), juryPaths.get(i) + ".id");
                juryIds.add(jury.get(i).id());
            }
        }
        for (SurveillantDraft sd : surveillantDrafts) {
            Surveillant s = sd.surveillant();
            String p = sd.path();
            if (responsable != null && responsable.id().equals(s.id())) {
                w.error(p + ".id", "format.s5", s.id());
            } else {
                unique(w, personIds, s.id(), p + ".id");
            }
            surveillantIds.add(s.id());
        }
        if (candidateDrafts != null) {
            for (CandidateDraft d : candidateDrafts) {
                unique(w, personIds, d.candidate.id(), d.path + ".id");
                candidateIds.add(d.candidate.id());
            }
        }
        for (SurveillantDraft d : surveillantDrafts) {
            for (Ref r : d.refs) {
                if (!candidateIds.contains(r.value())) {
                    w.error(r.path(), "format.unknown.candidate", r.value());
                }
            }
        }
        if (pairs != null) {
            JsonNode pn = root.get("juryPairs");
            for (int i = 0; i < pn.size(); i++) {
                JsonNode pair = pn.get(i);
                if (pair == null || !pair.isArray()) continue;
                for (int k = 0; k < pair.size(); k++) {
                    if (pair.get(k).isTextual() && jury != null && !juryIds.contains(pair.get(k).asText())) {
                        w.error("$.juryPairs[" + i + "][" + k + "]", "format.unknown.jury", pair.get(k).asText());
                    }
                }
            }
        }
        if (candidateDrafts != null) {
            for (CandidateDraft d : candidateDrafts) {
                for (Ref r : d.conflicts) {
                    if (jury != null && !juryIds.contains(r.value())) {
                        w.error(r.path(), "format.unknown.jury", r.value());
                    }
                }
                Integer pair = d.candidate.pair();
                if (pair != null && pairs != null && (pair < 0 || pair >= pairs.size())) {
                    w.error(d.path + ".pair", "format.pair.index", pair, pairs.size());
                }
            }
        }
        Map<String, EpreuveDraft> epreuveById = new LinkedHashMap<>();
        Set<String> taskIds = new HashSet<>();
        if (epreuveDrafts != null) {
            for (EpreuveDraft d : epreuveDrafts) {
                if (epreuveById.putIfAbsent(d.epreuve.id(), d) != null) {
                    w.error(d.path + ".id", "format.duplicate", d.epreuve.id());
                }
            }
        }
        if (taskDrafts != null) {
            for (TaskDraft d : taskDrafts) {
                if (!taskIds.add(d.task.id())) {
                    w.error(d.path + ".id", "format.duplicate", d.task.id());
                }
            }
        }
        if (rooms != null) {
            Set<String> roomIds = new HashSet<>();
            for (int i = 0; i < rooms.size(); i++) {
                if (!roomIds.add(rooms.get(i).id())) {
                    w.error(roomPaths.get(i) + ".id", "format.duplicate", rooms.get(i).id());
                }
            }
        }
        if (epreuveDrafts != null) {
            for (EpreuveDraft d : epreuveDrafts) {
                for (Ref r : d.after) {
                    if (!epreuveById.containsKey(r.value())) {
                        w.error(r.path(), "format.unknown.epreuve", r.value());
                    }
                }
                for (Ref r : d.afterTasks) {
                    if (taskDrafts != null && !taskIds.contains(r.value())) {
                        w.error(r.path(), "format.unknown.task", r.value());
                    }
                }
            }
            findAfterCycle(w, epreuveById);
        }
        if (taskDrafts != null) {
            for (TaskDraft d : taskDrafts) {
                for (Ref r : d.afterE) {
                    if (epreuveDrafts != null && !epreuveById.containsKey(r.value())) {
                        w.error(r.path(), "format.unknown.epreuve", r.value());
                    }
                }
                for (Ref r : d.beforeE) {
                    if (epreuveDrafts != null && !epreuveById.containsKey(r.value())) {
                        w.error(r.path(), "format.unknown.epreuve", r.value());
                    }
                }
            }
        }

        if (!w.errors.isEmpty() || sessionId == null || calendar == null || rooms == null || responsable == null
                || jury == null || pairs == null || candidateDrafts == null || epreuveDrafts == null
                || taskDrafts == null) {
            if (w.errors.isEmpty()) {
                w.error("$", "format.incomplete");
            }
            return ReadResult.failed(w.errors);
        }
        return ReadResult.of(new Problem(1, sessionId, calendar, rooms, responsable, jury, pairs, surveillants,
                candidateDrafts.stream().map(d -> d.candidate).toList(),
                epreuveDrafts.stream().map(d -> d.epreuve).toList(),
                taskDrafts.stream().map(d -> d.task).toList()));
    }

    private static Calendar readCalendar(JsonWalker w, JsonNode root) {
        JsonNode c = w.field(root, "$", "calendar", true);
        if (!w.isObject(c, "$.calendar")) {
            return null;
        }
        String p = "$.calendar";
        List<String> days = w.array(c, p, "days", true, w::stringElement);
        if (days != null) {
            if (days.isEmpty()) {
                w.error(p + ".days", "format.days.empty");
            }
            LocalDate previous = null;
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = parseDate(days.get(i));
                if (d == null) {
                    w.error(p + ".days[" + i + "]", "format.date", days.get(i));
                    continue;
                }
                if (previous != null && !d.isAfter(previous)) {
                    w.error(p + ".days[" + i + "]", "format.days.order", days.get(i));
                }
                previous = d;
            }
        }
        int dayStart = w.time(c, p, "dayStart", true);
        int dayEnd = w.time(c, p, "dayEnd", true);
        int juryDayEnd = w.time(c, p, "juryDayEnd", false);
        Integer granularity = w.integer(c, p, "granularityMinutes", false);
        Integer changeover = w.integer(c, p, "changeoverMinutes", false);
        if (granularity != null && granularity < 1) {
            w.error(p + ".granularityMinutes", "format.positive");
            granularity = null;
        }
        if (changeover != null && changeover < 0) {
            w.error(p + ".changeoverMinutes", "format.nonNegative");
            changeover = null;
        }
        Lunch lunch = null;
        JsonNode l = w.field(c, p, "lunch", false);
        if (w.isObject(l, p + ".lunch")) {
            int ls = w.time(l, p + ".lunch", "start", true);
            int le = w.time(l, p + ".lunch", "end", true);
            if (ls >= 0 && le >= 0) {
                if (le <= ls) {
                    w.error(p + ".lunch", "format.interval");
                } else {
                    lunch = new Lunch(ls, le);
                }
            }
        }
        if (dayStart >= 0 && dayEnd >= 0 && dayEnd <= dayStart) {
            w.error(p + ".dayEnd", "format.interval");
        }
        if (juryDayEnd >= 0 && dayStart >= 0 && juryDayEnd <= dayStart) {
            w.error(p + ".juryDayEnd", "format.interval");
        }
        if (days == null || dayStart < 0 || dayEnd < 0) {
            return null;
        }
        return new Calendar(days, dayStart, dayEnd, juryDayEnd < 0 ? dayEnd : juryDayEnd, lunch,
                granularity == null ? 5 : granularity, changeover == null ? 0 : changeover);
    }

    private static void checkMinutes(JsonWalker w, Integer minutes, int granularity, String path) {
        if (minutes == null) return;
        if (minutes < 1) {
            w.error(path, "format.positive");
        } else if (minutes % granularity != 0) {
            w.error(path, "format.granularity", minutes, granularity);
        }
    }

    private static <E extends Enum<E>> E enumValue(JsonWalker w, Class<E> type, String text, String path) {
        if (text == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) return e;
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (allowed.length() > 0) allowed.append(", ");
            allowed.append(e.name());
        }
        w.error(path, "format.enum", text, allowed);
        return null;
    }

    static LocalDate parseDate(String s) {
        if (s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}")) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void unique(JsonWalker w, Map<String, String> seen, String id, String path) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            w.error(path, "format.duplicate.person", id, first);
        }
    }

    private static void findAfterCycle(JsonWalker w, Map<String, EpreuveDraft> byId) {
        Map<String, Integer> state = new HashMap<>();
        for (String id : byId.keySet()) {
            if (dfs(id, byId, state, new ArrayList<>(), w)) {
                return; // one cycle reported is enough
            }
        }
    }

    private static boolean dfs(String id, Map<String, EpreuveDraft> byId, Map<String, Integer> state,
                               List<String> stack, JsonWalker w) {
        Integer s = state.get(id);
        if (s != null && s == 2) return false;
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(id), stack.size()));
            cycle.add(id);
            w.error(byId.get(id).path + ".after", "format.cycle", String.join(" → ", cycle));
            return true;
        }
        EpreuveDraft d = byId.get(id);
        if (d == null) return false;
        state.put(id, 1);
        stack.add(id);
        for (String next : d.epreuve.after()) {
            if (dfs(next, byId, state, stack, w)) return true;
        }
        stack.remove(stack.size() - 1);
        state.put(id, 2);
        return false;
    }

    private record SurveillantDraft(Surveillant surveillant, List<Ref> refs, String path) {
    }

    private record CandidateDraft(Candidate candidate, List<Ref> conflicts, String path) {
    }

    private record EpreuveDraft(Epreuve epreuve, List<Ref> after, List<Ref> afterTasks, String path) {
    }

    private record TaskDraft(JuryTask task, List<Ref> afterE, List<Ref> beforeE, String path) {
    }
}
