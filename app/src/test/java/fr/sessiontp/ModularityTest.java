package fr.sessiontp;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: a module reaching into another's internals, or a cycle, fails the build. */
class ModularityTest {

    /**
     * The planner is a separate library (Maven module {@code planner}, no Spring) that happens to share the base
     * package; it is not an application module, and the app may use any of its public types.
     */
    private final ApplicationModules modules = ApplicationModules.of(SessionTpApplication.class,
            JavaClass.Predicates.resideInAPackage("fr.sessiontp.planner.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    private static final Path DOCS = Path.of("../docs/modules");

    /** The documenter lists relations in no stable order; sorting them keeps the committed diagrams unchanged. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        List<String> sorted = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            sorted.add(line.startsWith("Rel(") ? relations.get(next++) : line);
        }
        Files.write(diagram, sorted);
    }
}
