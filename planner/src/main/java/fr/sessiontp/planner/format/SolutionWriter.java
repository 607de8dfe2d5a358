package fr.sessiontp.planner.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.sessiontp.planner.format.Solution.Assignment;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a solution in the format v1 (pretty-printed JSON, UTF-8). */
public final class SolutionWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Solution solution) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.put("sessionId", solution.sessionId());
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : solution.assignments()) {
            assignments.addObject().put("candidate", a.candidate()).put("pair", a.pair());
        }
        ArrayNode sittings = root.putArray("sittings");
        for (Sitting s : solution.sittings()) {
            ObjectNode n = sittings.addObject();
            n.put("type", s.type().name());
            if (s.type() == SittingType.EPREUVE) {
                n.put("epreuve", s.epreuve());
            } else {
                n.put("task", s.task());
                n.put("pair", s.pair());
            }
            n.put("day", s.day());
            n.put("start", Times.format(s.start()));
            n.put("end", Times.format(s.end()));
            n.put("room", s.room());
            if (s.type() == SittingType.EPREUVE) {
                ArrayNode c = n.putArray("candidates");
                s.candidates().forEach(c::add);
            }
            ArrayNode j = n.putArray("jury");
            s.jury().forEach(j::add);
            if (s.type() == SittingType.EPREUVE) {
                if (s.surveillant() == null) {
                    n.putNull("surveillant");
                } else {
                    n.put("surveillant", s.surveillant());
                }
            }
        }
        Metrics m = solution.metrics();
        if (m != null) {
            ObjectNode mn = root.putObject("metrics");
            mn.put("daysUsed", m.daysUsed());
            mn.put("juryDays", m.juryDays());
            mn.put("juryMinutes", m.juryMinutes());
            if (m.lastDay() == null) {
                mn.putNull("lastDay");
            } else {
                mn.put("lastDay", m.lastDay());
            }
            mn.put("lastEnd", Times.format(m.lastEnd()));
            mn.put("candidateIdleMinutes", m.candidateIdleMinutes());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Solution solution, Path file) throws IOException {
        Files.writeString(file, write(solution), StandardCharsets.UTF_8);
    }
}
