package app.lantern;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import app.lantern.identity.RunAs;
import app.lantern.shared.WritesHistory;

/**
 * Architecture rules the module check cannot express: who may write history, where SQL lives,
 * what services may throw, and how visible controllers are. Only Lantern's main classes are read.
 */
class ArchitectureRulesTest {

    static final JavaClasses LANTERN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.lantern");

    static final DescribedPredicate<JavaClass> STORES = describe("stores (…Store, …Repository, …Query, …Search)",
            c -> topLevel(c).getSimpleName().matches(".*(Store|Repository|Query|Search)"));

    /** Services and the other beans behind them (access components, jobs); not the web layer or configuration. */
    static final DescribedPredicate<JavaClass> SERVICES = describe("services (…Service, @Service or @Component)",
            c -> isService(topLevel(c)));

    static final DescribedPredicate<JavaClass> SQL = describe("Spring's JDBC (JdbcClient, JdbcTemplate…)",
            c -> c.getPackageName().startsWith("org.springframework.jdbc.core"));

    static final DescribedPredicate<JavaClass> WEB_EXCEPTION = describe("ResponseStatusException",
            c -> c.isAssignableTo(ResponseStatusException.class));

    @Test
    void history_is_written_as_given_only_by_demo_data() {
        ArchRule rule = methods().that().areAnnotatedWith(WritesHistory.class)
                .should(beCalledOnlyFromDemoOrTheirOwnClass())
                .because("a @WritesHistory method skips the checks a person's own action goes through "
                        + "(who may do it, on which day), which only invented demo history may skip");
        rule.check(LANTERN);
    }

    @Test
    void only_demo_data_acts_as_someone_else() {
        noClasses().that().resideOutsideOfPackages("app.lantern.demo..", "app.lantern.identity..")
                .should().dependOnClassesThat().areAssignableTo(RunAs.class)
                .because("RunAs signs a person in without their password: only demo data may write history "
                        + "in a named person's name")
                .check(LANTERN);
    }

    @Test
    void sql_lives_in_stores() {
        noClasses().that(DescribedPredicate.not(STORES))
                .should().dependOnClassesThat(SQL)
                .because("SQL you can find is SQL you can review: each module reads and writes its tables only in its "
                        + "stores")
                .check(LANTERN);
    }

    @Test
    void services_throw_no_web_exceptions() {
        noClasses().that(SERVICES)
                .should().dependOnClassesThat(WEB_EXCEPTION)
                .because("services are called from pages, jobs and imports alike: they throw RecordNotFoundException, "
                        + "AccessDeniedException (through Access) or a domain exception, and the web layer turns those "
                        + "into 404 and 403")
                .check(LANTERN);
    }

    @Test
    void controllers_are_not_public() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .because("a controller is a module's way in from the web, never an API another module may call")
                .check(LANTERN);
    }

    @Test
    void the_shared_kernel_depends_on_no_lantern_module() {
        noClasses().that().resideInAPackage("app.lantern.shared..")
                .should().dependOnClassesThat(describe("Lantern classes outside shared",
                        c -> c.getPackageName().startsWith("app.lantern.") && !c.getPackageName().startsWith("app.lantern.shared")
                                || c.getPackageName().equals("app.lantern")))
                .because("every module may use shared, so shared using a module would tie every module to it")
                .check(LANTERN);
    }

    private static ArchCondition<JavaMethod> beCalledOnlyFromDemoOrTheirOwnClass() {
        return new ArchCondition<>("be called only from app.lantern.demo or their own class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (var access : method.getAccessesToSelf()) {
                    JavaClass caller = topLevel(access.getOriginOwner());
                    boolean allowed = caller.getPackageName().startsWith("app.lantern.demo")
                            || caller.equals(topLevel(method.getOwner()));
                    if (!allowed) events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                }
            }
        };
    }

    private static boolean isService(JavaClass c) {
        if (c.getSimpleName().endsWith("Service") || c.isMetaAnnotatedWith(Service.class)) return true;
        return c.isMetaAnnotatedWith(Component.class) && !c.isMetaAnnotatedWith(Controller.class)
                && !c.isMetaAnnotatedWith(ControllerAdvice.class) && !c.isMetaAnnotatedWith(Configuration.class);
    }

    /** Lambdas and nested classes count as their enclosing class. */
    private static JavaClass topLevel(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) outer = outer.getEnclosingClass().get();
        return outer;
    }
}
