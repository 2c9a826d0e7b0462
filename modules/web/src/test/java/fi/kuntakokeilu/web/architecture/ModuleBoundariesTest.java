package fi.kuntakokeilu.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The product's modules keep their boundaries (see {@link ModuleRules}); a violation fails the build. */
class ModuleBoundariesTest {

    static final List<String> MODULES =
            List.of("platform", "organisations", "clients", "services", "evaluation", "reporting", "web");

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kuntakokeilu");
    }

    /** The other modules arrive as jars or class folders depending on the build phase: both count. */
    @Test
    void seesTheClassesOfEveryModule() {
        assertThat(product.contain("fi.kuntakokeilu.platform.identity.PersonalIdentityCode"))
                .isTrue();
        assertThat(product.contain("fi.kuntakokeilu.organisations.boundary.OrganisationsFacade"))
                .isTrue();
        assertThat(product.contain("fi.kuntakokeilu.web.security.StaffAuthenticationMechanism"))
                .isTrue();
        assertThat(product.stream().noneMatch(c -> c.getPackageName().contains("archfixture")))
                .isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyModuleKeepsItsBoundaries() {
        return ModuleRules.of("fi.kuntakokeilu", MODULES).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(product)));
    }
}
