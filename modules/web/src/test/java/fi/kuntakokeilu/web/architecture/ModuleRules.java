package fi.kuntakokeilu.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The module boundaries of a modular monolith, as rules over a base package and its modules in
 * dependency order (each module may use only the ones before it):
 *
 * <ol>
 *   <li>no class outside a module touches that module's {@code boundary}, {@code control}, {@code
 *       entity} or {@code batch} packages: modules talk through their API at the package root;
 *   <li>inside a module, layers point inwards: entities know nothing of control or boundary,
 *       control nothing of boundary, and the API nothing of the module's insides;
 *   <li>modules depend one way only: a module never uses a module after it in the chain.
 * </ol>
 */
final class ModuleRules {

    private static final List<String> INSIDES = List.of("boundary", "control", "entity", "batch");

    private ModuleRules() {}

    static List<ArchRule> of(String base, List<String> modulesInOrder) {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < modulesInOrder.size(); i++) {
            String module = base + "." + modulesInOrder.get(i);
            rules.add(noClasses()
                    .that()
                    .resideOutsideOfPackage(module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(insides(module))
                    .as("no class outside " + module + " uses its boundary, control, entity or batch packages")
                    .allowEmptyShould(true));
            rules.add(noClasses()
                    .that()
                    .resideInAnyPackage(module + ".entity..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(module + ".control..", module + ".boundary..", module + ".batch..")
                    .as(module + " entities do not depend on its control, boundary or batch")
                    .allowEmptyShould(true));
            rules.add(noClasses()
                    .that()
                    .resideInAnyPackage(module + ".control..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(module + ".boundary..", module + ".batch..")
                    .as(module + " control does not depend on its boundary or batch")
                    .allowEmptyShould(true));
            rules.add(noClasses()
                    .that()
                    .resideInAPackage(module + "..")
                    .and()
                    .resideOutsideOfPackages(insides(module))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(insides(module))
                    .as("the API of " + module + " does not depend on the module's insides")
                    .allowEmptyShould(true));
            List<String> later = modulesInOrder.subList(i + 1, modulesInOrder.size()).stream()
                    .map(m -> base + "." + m + "..")
                    .toList();
            if (!later.isEmpty()) {
                rules.add(noClasses()
                        .that()
                        .resideInAPackage(module + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(later.toArray(String[]::new))
                        .as(module + " does not depend on the modules after it: " + later)
                        .allowEmptyShould(true));
            }
        }
        return rules;
    }

    private static String[] insides(String module) {
        return INSIDES.stream().map(inside -> module + "." + inside + "..").toArray(String[]::new);
    }
}
