package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.control.CustomerExtract.Row;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo and benchmark population: the same every time, never a real person's code, shares near the brief's. */
class PopulationGeneratorTest {

    private static final LocalDate DAY_BEFORE = Fixtures.TRIAL_START.minusDays(1);
    private static final List<PopulationGenerator.Place> PLACES = List.of(
            new PopulationGenerator.Place(Fixtures.HELSINKI, true),
            new PopulationGenerator.Place(Fixtures.ESPOO, true),
            new PopulationGenerator.Place(Fixtures.VANTAA, true),
            new PopulationGenerator.Place(Fixtures.KERAVA, true),
            new PopulationGenerator.Place(Fixtures.TAMPERE, true),
            new PopulationGenerator.Place(Fixtures.KOKKOLA, true),
            new PopulationGenerator.Place(Fixtures.VAASA, false));

    private static List<Row> generate(long seed, int count) {
        return new PopulationGenerator(seed, DAY_BEFORE, PLACES).next(count);
    }

    @Test
    void makesTheSamePeopleFromTheSameSeed() {
        assertThat(generate(7, 500)).isEqualTo(generate(7, 500));
        assertThat(generate(7, 500)).isNotEqualTo(generate(8, 500));
    }

    @Test
    void givesEveryoneAUniqueValidTemporaryCode() {
        List<Row> people = generate(1, 20_000);
        Set<String> codes = new HashSet<>();

        for (Row person : people) {
            assertThat(person.code().isTemporary()).isTrue();
            assertThat(codes.add(person.code().value())).isTrue();
        }
    }

    @Test
    void putsAboutAThirdOfTheCustomersInTheTargetGroupOnTheFirstDay() {
        TargetGroupRules rules = new TargetGroupRules(List.of(Fixtures.VERSION_1), RuleSettings.defaults());
        List<Row> people = generate(2021, 20_000);

        long inGroup = people.stream()
                .filter(person -> rules.decide(
                                new JobSeekerFacts(
                                        person.code().birthDate(),
                                        person.motherTongue(),
                                        person.immigrant(),
                                        person.labourMarketStatus(),
                                        person.unemploymentBenefit(),
                                        person.homeMunicipality(),
                                        null),
                                Fixtures.TRIAL_START,
                                Fixtures.areas())
                        .inTargetGroup())
                .count();

        // Domain brief: about 230,000, a third of the offices' customers.
        assertThat(inGroup / 20_000.0).isBetween(0.28, 0.38);
    }

    @Test
    void speaksForeignLanguagesInAboutOneCaseInEight() {
        List<Row> people = generate(3, 20_000);

        long foreign = people.stream()
                .filter(p -> !Set.of("fin", "swe", "sme", "smn", "sms").contains(p.motherTongue()))
                .count();
        long swedish =
                people.stream().filter(p -> p.motherTongue().equals("swe")).count();

        assertThat(foreign / 20_000.0).isBetween(0.10, 0.16);
        assertThat(swedish).isPositive();
    }

    @Test
    void registersEveryoneAsAnAdultBeforeTheReferenceDay() {
        for (Row person : generate(4, 5_000)) {
            assertThat(person.registeredOn()).isBeforeOrEqualTo(DAY_BEFORE);
            assertThat(person.code().ageOn(person.registeredOn())).isGreaterThanOrEqualTo(17);
            assertThat(person.situationFrom()).isBetween(person.registeredOn(), DAY_BEFORE);
        }
    }
}
