package app.lantern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules' boundaries hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LanternApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    /**
     * Without {@code allowedDependencies} a module may use any other module's API, so a new
     * dependency would slip in unreviewed: every module but the open shared kernel lists its own.
     */
    @Test
    void every_module_but_shared_declares_the_modules_it_may_use() {
        var undeclared = MODULES.stream()
                .filter(module -> !module.isOpen())
                .filter(module -> declared(module).allowedDependencies().length == 0)
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .toList();
        assertThat(MODULES.stream().filter(ApplicationModule::isOpen).map(module -> module.getIdentifier().toString()))
                .containsExactly("shared");
        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
    }

    /** The layout knows no business module: they plug into it through shared's contracts. */
    @Test
    void web_may_use_only_shared_and_identity() {
        var web = MODULES.getModuleByName("web").orElseThrow();
        assertThat(List.of(declared(web).allowedDependencies())).containsExactlyInAnyOrder("shared", "identity");
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static org.springframework.modulith.ApplicationModule declared(ApplicationModule module) {
        try {
            var packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            var annotation = packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule on " + module.getIdentifier()).isNotNull();
            return annotation;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("module " + module.getIdentifier() + " has no package-info.java", e);
        }
    }
}
