package fr.sessiontp;

import com.tngtech.archunit.core.domain.JavaClass;
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
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
