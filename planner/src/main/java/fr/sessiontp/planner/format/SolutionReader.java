package fr.sessiontp.planner.format;

import com.fasterxml.jackson.databind.JsonNode;
import fr.sessiontp.planner.format.Solution.Assignment;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Strict structural reader of the solution format v1 (types, required fields, times). Whether the
 * solution fits a problem (references, constraints) is the validator's job.
 */
public final class SolutionReader {

    public ReadResult<Solution> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(List.of(new FormatError("$", Messages.get("format.io", file, FormatDocuments.ioError(e)))));
        }
    }

    public ReadResult<Solution> read(String json) {
        return FormatDocuments.read(json, this::read);
    }

    private ReadResult<Solution> read(JsonNode root) {
        JsonWalker w = new JsonWalker();
        if (!w.formatVersionOneObject(root)) {
            return ReadResult.failed(w.errors);
        }
        String sessionId = w.string(root, "$", "sessionId", true);
        List<Assignment> assignments = w.array(root, "$", "assignments", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String c = w.string(n, p, "candidate", true);
            Integer pair = w.integer(n, p, "pair", true);
            if (c == null || pair == null) return null;
            return new Assignment(c, pair);
        });
        List<Sitting> sittings = w.array(root, "$", "sittings", true, (n, p) -> {
            if (!w.isObject(n, p)) return null;
            String typeText = w.string(n, p, "type", true);
            SittingType type = null;
            if (typeText != null) {
                try {
                    type = SittingType.valueOf(typeText);
                } catch (IllegalArgumentException e) {
                    w.error(p + ".type", "format.enum", typeText, "EPREUVE, JURY_TASK");
                }
            }
            String day = w.string(n, p, "day", true);
            if (day != null && ProblemReader.parseDate(day) == null) {
                w.error(p + ".day", "format.date", day);
            }
            int start = w.time(n, p, "start", true);
            int end = w.time(n, p, "end", true);
            String room = w.string(n, p, "room", true);
            List<String> jury = w.array(n, p, "jury", false, w::stringElement);
            if (type == SittingType.EPREUVE) {
                String epreuve = w.string(n, p, "epreuve", true);
                List<String> candidates = w.array(n, p, "candidates", true, w::stringElement);
                String surveillant = w.string(n, p, "surveillant", false);
                if (epreuve == null || candidates == null || jury == null || day == null || start < 0 || end < 0
                        || room == null) return null;
                return Sitting.epreuve(epreuve, day, start, end, room, candidates, jury, surveillant);
            } else if (type == SittingType.JURY_TASK) {
                String task = w.string(n, p, "task", true);
                Integer pair = w.integer(n, p, "pair", true);
                if (task == null || pair == null || jury == null || day == null || start < 0 || end < 0
                        || room == null) return null;
                return Sitting.task(task, pair, day, start, end, room, jury);
            }
            return null;
        });
        Metrics metrics = null;
        JsonNode m = w.field(root, "$", "metrics", false);
        if (w.isObject(m, "$.metrics")) {
            String p = "$.metrics";
            Integer du = w.integer(m, p, "daysUsed", true);
            Integer jd = w.integer(m, p, "juryDays", true);
            Integer jm = w.integer(m, p, "juryMinutes", true);
            String ld = w.string(m, p, "lastDay", false);
            int le = w.time(m, p, "lastEnd", false);
            Integer ci = w.integer(m, p, "candidateIdleMinutes", true);
            if (du != null && jd != null && jm != null && ci != null) {
                metrics = new Metrics(du, jd, jm, ld, Math.max(le, 0), ci);
            }
        }
        if (!w.errors.isEmpty() || sessionId == null || assignments == null || sittings == null) {
            return ReadResult.failed(w.errors);
        }
        return ReadResult.of(new Solution(1, sessionId, assignments, sittings, metrics));
    }
}
