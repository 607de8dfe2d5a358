package fr.sessiontp;

import org.junit.jupiter.api.Test;
import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: a module reaching into another's internals, or a cycle, fails the build. */
class ModularityTest {

    /**
     * The planner library ({@code fr.sessiontp.planner..}, module {@code planner/}) is a plain Java dependency whose
     * API spans several packages (format, validation, replan), not an application module: it is left out.
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
