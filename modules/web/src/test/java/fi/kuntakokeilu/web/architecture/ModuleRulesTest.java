package fi.kuntakokeilu.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundary rules themselves: each fails on a fixture that breaks it and passes on one that
 * keeps to it, so a rule that silently checks nothing cannot hide behind a green build.
 */
class ModuleRulesTest {

    private static final List<String> MODULES = List.of("alpha", "beta");

    @Test
    void passesModulesThatTalkThroughTheirApi() {
        assertThat(violated("fi.kuntakokeilu.archfixture.good")).isEmpty();
    }

    @Test
    void failsAModuleThatUsesAnotherModulesControl() {
        assertThat(violated("fi.kuntakokeilu.archfixture.reaching"))
                .anyMatch(rule -> rule.contains("no class outside fi.kuntakokeilu.archfixture.reaching.alpha uses"));
    }

    @Test
    void failsAnEntityThatDependsOnItsOwnControl() {
        assertThat(violated("fi.kuntakokeilu.archfixture.inverted"))
                .anyMatch(rule -> rule.contains("entities do not depend on its control"));
    }

    @Test
    void failsAModuleThatDependsOnALaterOne() {
        assertThat(violated("fi.kuntakokeilu.archfixture.backwards"))
                .anyMatch(rule -> rule.contains("does not depend on the modules after it"));
    }

    private static List<String> violated(String base) {
        JavaClasses fixture = new ClassFileImporter().importPackages(base);
        return ModuleRules.of(base, MODULES).stream()
                .filter(rule -> rule.evaluate(fixture).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
    }
}
