package fr.sessiontp.planner.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.sessiontp.planner.TestFiles;
import fr.sessiontp.planner.Theories;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

/** Broken files (mutations of valid JSON) are refused cleanly, never with an exception. */
class ReaderProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FILES = List.of("seed-tsmi.json", "example-10-candidates.json",
            "example-36-candidates.json");

    /**
     * The seed of each file's mutations: shrinking goes towards small seeds, and the smallest failing seed is printed
     * ("Smallest found falsifying value"), which {@link #mutate} turns back into the same broken file.
     */
    @Test
    void mutatedProblemsAreRefusedCleanlyOrRead() {
        Theories.qt(200, 200).forAll(longs().all()).checkAssert(Theories.checking(this::mutatedProblemIsRefusedCleanlyOrRead));
    }

    @Test
    void mutatedSolutionsAreRefusedCleanlyOrRead() {
        Theories.qt(100, 200).forAll(longs().all()).checkAssert(Theories.checking(this::mutatedSolutionIsRefusedCleanlyOrRead));
    }

    private void mutatedProblemIsRefusedCleanlyOrRead(long seed) throws Exception {
        Random rnd = new Random(seed);
        String text = TestFiles.text(FILES.get(rnd.nextInt(FILES.size())));
        String mutated = mutate(text, rnd);
        ReadResult<Problem> r = new ProblemReader().read(mutated);
        if (r.ok()) {
            assertThat(r.value()).isNotNull();
        } else {
            assertThat(r.errors()).isNotEmpty();
            r.errors().forEach(e -> {
                assertThat(e.path()).startsWith("$");
                assertThat(e.message()).isNotBlank();
            });
        }
    }

    private void mutatedSolutionIsRefusedCleanlyOrRead(long seed) throws Exception {
        Random rnd = new Random(seed);
        String mutated = mutate(TestFiles.text("seed-tsmi.hand-solution.json"), rnd);
        ReadResult<Solution> r = new SolutionReader().read(mutated);
        assertThat(r.ok() || !r.errors().isEmpty()).isTrue();
        if (r.ok()) {
            // a structurally valid solution still goes through the validator without exceptions
            new fr.sessiontp.planner.validation.Validator().validate(TestFiles.problem("seed-tsmi.json"), r.value());
        }
    }

    static String mutate(String json, Random rnd) throws Exception {
        if (rnd.nextInt(10) == 0) {
            // garbage: truncate or splice random characters
            int cut = rnd.nextInt(json.length());
            return rnd.nextBoolean() ? json.substring(0, cut) : json.substring(0, cut) + "@#\u0000]" + json.substring(cut);
        }
        JsonNode root = MAPPER.readTree(json);
        int mutations = 1 + rnd.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(rnd.nextInt(containers.size()));
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(rnd.nextInt(names.size()));
                switch (rnd.nextInt(5)) {
                    case 0 -> o.remove(name);
                    case 1 -> o.put(name, rnd.nextInt(100) - 20);
                    case 2 -> o.put(name, "X" + rnd.nextInt(5));
                    case 3 -> o.putNull(name);
                    default -> o.set(name, MAPPER.createArrayNode().add("J9").add(3));
                }
            } else if (target instanceof ArrayNode a && a.size() > 0) {
                int idx = rnd.nextInt(a.size());
                switch (rnd.nextInt(4)) {
                    case 0 -> a.remove(idx);
                    case 1 -> a.set(idx, new TextNode("UNKNOWN-" + rnd.nextInt(3)));
                    case 2 -> a.add(a.get(idx).deepCopy());
                    default -> a.set(idx, MAPPER.getNodeFactory().numberNode(rnd.nextInt(7)));
                }
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) out.add(n);
        for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) collect(it.next(), out);
    }
}
