package fi.kuntakokeilu.organisations.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.organisations.AdoptionRequest;
import fi.kuntakokeilu.organisations.GoodPracticeRequest;
import fi.kuntakokeilu.organisations.GoodPracticeSummary;
import fi.kuntakokeilu.organisations.GoodPracticeView;
import fi.kuntakokeilu.organisations.PracticeSpread;
import fi.kuntakokeilu.organisations.control.GoodPracticeStore;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The good-practice library on MariaDB (domain brief, "Context from the EU Social Fund seeds": areas
 * publish good practices that other areas can read, and the ministry follows what spreads).
 */
class GoodPracticesFacadeTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations");

    private static final Caller HELSINKI_MANAGER = caller("manager.helsinki", Role.AREA_MANAGER, "helsinki");
    private static final Caller PIRKANMAA_MANAGER = caller("manager.pirkanmaa", Role.AREA_MANAGER, "pirkanmaa");
    private static final Caller CASEWORKER = caller("caseworker.kainuu", Role.CASEWORKER, "kainuu");
    private static final Caller ADMIN = caller("admin", Role.ADMIN);

    private final List<String> audited = new ArrayList<>();

    @BeforeAll
    static void areas() {
        db.execute("insert into org_trial_area (area_key, name_fi, name_sv, starts_on, status) values"
                + " ('helsinki', 'Helsinki', 'Helsingfors', '2021-03-01', 'CONFIRMED'),"
                + " ('pirkanmaa', 'Pirkanmaa', 'Birkaland', '2021-03-01', 'CONFIRMED'),"
                + " ('kainuu', 'Kainuu', 'Kajanaland', '2021-03-01', 'CONFIRMED')");
    }

    @BeforeEach
    void emptyLibrary() {
        db.execute("delete from org_good_practice_adoption", "delete from org_good_practice");
    }

    private static Caller caller(String username, Role role, String... areas) {
        return new Caller(username, role, Set.of(areas), null, Locale.forLanguageTag("fi"));
    }

    private <T> T as(Caller caller, Function<GoodPracticesFacade, T> work) {
        return db.inTransaction(em -> work.apply(facade(em, caller)));
    }

    private GoodPracticesFacade facade(EntityManager em, Caller caller) {
        GoodPracticesFacade facade = new GoodPracticesFacade();
        facade.store = new GoodPracticeStore(em);
        facade.organisations = new OrganisationStore(em);
        facade.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        facade.currentUser = new CurrentUser() {
            @Override
            public Caller require() {
                return caller;
            }
        };
        facade.audit = new AuditTrail() {
            @Override
            public void record(Caller actor, AuditAction action, String type, String id, String purpose) {
                audited.add(actor.username() + " " + action + " " + type + " " + id);
            }
        };
        return facade;
    }

    private static GoodPracticeRequest request(String area, String title, String description, List<String> tags) {
        return new GoodPracticeRequest(
                area,
                title,
                description,
                "Alle 30-vuotiaat",
                "Työvalmennus",
                "Hyviä kokemuksia",
                "Ohjaamon esimies",
                "ohjaamo@example.invalid",
                tags,
                "fi",
                null);
    }

    private static GoodPracticeRequest withVersion(GoodPracticeRequest request, String title, long version) {
        return new GoodPracticeRequest(
                request.areaKey(),
                title,
                request.description(),
                request.targetGroup(),
                request.servicesUsed(),
                request.results(),
                request.contactName(),
                request.contactEmail(),
                request.tags(),
                request.language(),
                version);
    }

    private GoodPracticeView publishOhjaamo() {
        return as(
                HELSINKI_MANAGER,
                f -> f.publish(request(
                        "helsinki",
                        "Nuorten yhden luukun ohjaamo",
                        "Työkokeilupaikat ja neuvonta samasta paikasta.",
                        List.of("Nuoret", "ohjaamo"))));
    }

    @Test
    void anAreaManagerPublishesAPracticeOfTheirAreaAndTheChangeIsAudited() {
        GoodPracticeView published = publishOhjaamo();

        assertThat(published.areaNameSv()).isEqualTo("Helsingfors");
        assertThat(published.tags()).containsExactly("nuoret", "ohjaamo");
        assertThat(db.count("select count(*) from org_good_practice where area_key = 'helsinki'"))
                .isEqualTo(1);
        assertThat(audited).containsExactly("manager.helsinki CREATE good-practice " + published.id());
    }

    @Test
    void aManagerCannotPublishOrChangeAnotherAreasPractice() {
        GoodPracticeView published = publishOhjaamo();

        assertThatThrownBy(() -> as(
                        PIRKANMAA_MANAGER,
                        f -> f.publish(request("helsinki", "Vieras", "Toisen alueen nimissä", List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        PIRKANMAA_MANAGER,
                        f -> f.update(
                                published.id(),
                                withVersion(
                                        request("helsinki", "x", "y", List.of()), "Muutettu", published.version()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffOfEveryAreaFindPartsOfWordsInTitleDescriptionOrTags() {
        publishOhjaamo();
        as(
                PIRKANMAA_MANAGER,
                f -> f.publish(request(
                        "pirkanmaa",
                        "Työnantajayhteistyön malli",
                        "Palkkatuki jatkuu kokeilun jälkeen.",
                        List.of("työnantajat", "palkkatuki"))));

        // "kokeilu" is inside the compound "Työkokeilupaikat" in Helsinki's description and in
        // "kokeilun" in Pirkanmaa's; "OHJAAMO" matches whatever the case.
        assertThat(as(CASEWORKER, f -> f.search("kokeilu", null, null, null, 0, 20))
                        .total())
                .isEqualTo(2);
        assertThat(as(CASEWORKER, f -> f.search("OHJAAMO", null, null, null, 0, 20))
                        .items())
                .extracting(GoodPracticeSummary::areaKey)
                .containsExactly("helsinki");
        assertThat(as(CASEWORKER, f -> f.search(null, "palkkatuki", null, null, 0, 20))
                        .items())
                .extracting(GoodPracticeSummary::areaKey)
                .containsExactly("pirkanmaa");
        // A tag matches whole: "palkka" is no tag of anyone's.
        assertThat(as(CASEWORKER, f -> f.search(null, "palkka", null, null, 0, 20))
                        .total())
                .isZero();
        assertThat(as(CASEWORKER, f -> f.search(null, null, "pirkanmaa", "fi", 0, 20))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void wildcardsInTheSearchTextMatchOnlyThemselves() {
        publishOhjaamo();

        assertThat(as(CASEWORKER, f -> f.search("%", null, null, null, 0, 20)).total())
                .isZero();
        assertThat(as(CASEWORKER, f -> f.search("_", null, null, null, 0, 20)).total())
                .isZero();
        assertThat(as(CASEWORKER, f -> f.search("!", null, null, null, 0, 20)).total())
                .isZero();
    }

    @Test
    void aChangeOnAStaleVersionIsAConflict() {
        GoodPracticeView published = publishOhjaamo();
        GoodPracticeRequest original = request("helsinki", "x", "Kuvaus", List.of());
        GoodPracticeView changed = as(
                HELSINKI_MANAGER,
                f -> f.update(published.id(), withVersion(original, "Uusi otsikko", published.version())));

        assertThat(changed.title()).isEqualTo("Uusi otsikko");
        assertThat(changed.version()).isGreaterThan(published.version());
        assertThatThrownBy(() -> as(
                        HELSINKI_MANAGER,
                        f -> f.update(published.id(), withVersion(original, "Vanhan päälle", published.version()))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(HELSINKI_MANAGER, f -> {
                    f.withdraw(published.id(), published.version());
                    return null;
                }))
                .isInstanceOf(ConflictException.class);
        as(HELSINKI_MANAGER, f -> {
            f.withdraw(published.id(), changed.version());
            return null;
        });
        assertThat(db.count("select count(*) from org_good_practice")).isZero();
        assertThat(audited).last().asString().startsWith("manager.helsinki DELETE good-practice");
    }

    @Test
    void theMinistrySeesWhichPracticesSpreadToOtherAreas() {
        GoodPracticeView ohjaamo = publishOhjaamo();
        GoodPracticeView employers =
                as(PIRKANMAA_MANAGER, f -> f.publish(request("pirkanmaa", "Työnantajayhteistyö", "Kuvaus", List.of())));

        as(
                PIRKANMAA_MANAGER,
                f -> f.adopt(ohjaamo.id(), new AdoptionRequest("pirkanmaa", LocalDate.of(2023, 3, 1), null)));
        GoodPracticeView adopted = as(
                ADMIN,
                f -> f.adopt(ohjaamo.id(), new AdoptionRequest("kainuu", LocalDate.of(2023, 5, 1), "Sovellettu")));

        assertThat(adopted.adoptions()).extracting(a -> a.areaKey()).containsExactly("pirkanmaa", "kainuu");
        assertThatThrownBy(() -> as(
                        PIRKANMAA_MANAGER,
                        f -> f.adopt(ohjaamo.id(), new AdoptionRequest("pirkanmaa", LocalDate.of(2023, 4, 1), null))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(
                        PIRKANMAA_MANAGER,
                        f -> f.adopt(employers.id(), new AdoptionRequest("pirkanmaa", LocalDate.of(2023, 4, 1), null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(
                        HELSINKI_MANAGER,
                        f -> f.adopt(employers.id(), new AdoptionRequest("kainuu", LocalDate.of(2023, 4, 1), null))))
                .isInstanceOf(AccessDeniedException.class);

        List<PracticeSpread> spread = as(ADMIN, GoodPracticesFacade::spread);
        assertThat(spread)
                .extracting(s -> s.areaKey() + " " + s.adoptions() + " " + s.adoptedBy())
                .containsExactly("helsinki 2 [pirkanmaa, kainuu]", "pirkanmaa 0 []");
        assertThat(as(CASEWORKER, f -> f.search(null, null, "helsinki", null, 0, 20))
                        .items()
                        .get(0)
                        .adoptions())
                .isEqualTo(2);
    }

    @Test
    void refusesControlAndFormatCharactersInSearchWords() {
        assertThatThrownBy(() -> as(CASEWORKER, f -> f.search("\u0000\u0001", null, null, null, 0, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(error -> error.field())
                        .containsExactly("q"));
        assertThatThrownBy(() -> as(CASEWORKER, f -> f.search(null, "\u202Eevil\u202C", null, null, 0, 20)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(CASEWORKER, f -> f.search("ääkköset ÅÄÖ 😀", null, null, null, 0, 20))
                        .total())
                .isZero();
    }

    @Test
    void refusesAPageSizeOutsideOneToAHundred() {
        assertThatThrownBy(() -> as(CASEWORKER, f -> f.search(null, null, null, null, 0, 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(CASEWORKER, f -> f.search(null, null, null, null, -1, 1000)))
                .isInstanceOf(InvalidInputException.class);
    }
}
