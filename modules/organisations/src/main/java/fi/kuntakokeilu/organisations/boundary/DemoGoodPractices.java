package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.GoodPracticeStore;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.organisations.entity.GoodPractice;
import fi.kuntakokeilu.organisations.entity.GoodPracticeAdoption;
import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A few good practices of the demo, in the spirit of the EU Social Fund projects the trial areas
 * were modelled on (domain brief, "Context from the EU Social Fund seeds": one-stop guidance for
 * the young, work with employers, language at the workplace), with adoptions by other areas so the
 * ministry's view of what spreads has something to show. Only in demo mode, only into an empty
 * library, and only for areas the reference data has loaded.
 */
@ApplicationScoped
public class DemoGoodPractices {

    /** After the reference data (the areas) and the accounts. */
    static final int PRIORITY = SchemaReady.ACCOUNTS + 50;

    private record Seed(
            String areaKey,
            String title,
            String description,
            String targetGroup,
            String servicesUsed,
            String results,
            String contactName,
            String contactEmail,
            List<String> tags,
            String language,
            List<String> adoptedBy) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed(
                    "helsinki",
                    "Nuorten yhden luukun ohjaamo",
                    "Alle 30-vuotiaat saavat samasta paikasta työ- ja koulutusneuvonnan, sosiaaliohjauksen ja"
                            + " opintopsykologin ajan ilman ajanvarausta. Työntekijät eri organisaatioista istuvat"
                            + " samassa tilassa ja sopivat jatkosta asiakkaan kanssa yhdessä.",
                    "Alle 30-vuotiaat työnhakijat",
                    "Ohjaus ja neuvonta, työvalmennus, koulutuskokeilu, monialainen yhteispalvelu",
                    "Ensimmäinen tapaaminen järjestyy samalla viikolla; asiakkaat ohjautuvat palveluun aiempaa"
                            + " nopeammin.",
                    "Ohjaamon palveluesimies",
                    "ohjaamo@example.invalid",
                    List.of("nuoret", "ohjaamo", "monialainen yhteistyö"),
                    "fi",
                    List.of("pirkanmaa", "lahti")),
            new Seed(
                    "pirkanmaa",
                    "Työkokeilusta palkkatukeen: työnantajayhteistyön malli",
                    "Yritysneuvoja sopii työnantajan kanssa työkokeilun tavoitteista etukäteen ja jatkaa"
                            + " palkkatuettuun työhön, kun kokeilu onnistuu. Sama yhteyshenkilö hoitaa"
                            + " työnantajan asiat koko ajan.",
                    "Pitkäaikaistyöttömät",
                    "Työkokeilu, palkkatuki, työvalmennus",
                    "Työkokeilut päättyvät aiempaa useammin työsuhteeseen.",
                    "Yrityspalvelut",
                    "yrityspalvelut@example.invalid",
                    List.of("työnantajat", "palkkatuki", "työkokeilu"),
                    "fi",
                    List.of("helsinki")),
            new Seed(
                    "vantaa-kerava",
                    "Kielituki työpaikalla",
                    "Vieraskielinen työnhakija aloittaa työkokeilun ja saa työpaikalla suomen kielen"
                            + " ohjausta kahdesti viikossa; työpaikan ohjaaja saa selkokielen koulutuksen.",
                    "Vieraskieliset työnhakijat",
                    "Kotoutumiskoulutus, työkokeilu, työpaikkaohjaus",
                    "Kielitaito ja työtehtävät kehittyvät yhtä aikaa.",
                    "Kotoutumispalvelut",
                    "kotoutuminen@example.invalid",
                    List.of("kotoutuminen", "vieraskieliset", "kielituki"),
                    "fi",
                    List.of()),
            new Seed(
                    "porvoo",
                    "Språkstöd på arbetsplatsen",
                    "Arbetssökande med annat modersmål får handledning i svenska och finska på"
                            + " arbetsplatsen under en arbetsprövning.",
                    "Invandrare",
                    "Arbetsprövning, integrationsutbildning",
                    "Fler arbetsprövningar leder till anställning.",
                    "Integrationstjänster",
                    "integration@example.invalid",
                    List.of("integration", "språk"),
                    "sv",
                    List.of()));

    @Inject
    GoodPracticeStore store;

    @Inject
    OrganisationStore organisations;

    @Inject
    Clock clock;

    @Transactional
    void seed(@Observes @Priority(PRIORITY) SchemaReady ready) {
        if (!ready.demo() || store.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        for (Seed seed : SEEDS) {
            if (organisations.area(seed.areaKey()).isEmpty()) {
                continue;
            }
            GoodPractice practice = new GoodPractice(seed.areaKey(), "admin", now);
            practice.describe(
                    seed.title(),
                    seed.description(),
                    seed.targetGroup(),
                    seed.servicesUsed(),
                    seed.results(),
                    seed.contactName(),
                    seed.contactEmail(),
                    seed.tags(),
                    seed.language(),
                    now);
            store.add(practice);
            store.flush();
            for (String adopter : seed.adoptedBy()) {
                if (organisations.area(adopter).isPresent()) {
                    store.add(new GoodPracticeAdoption(
                            practice.id(), adopter, LocalDate.of(2023, 3, 1), null, "admin", now));
                }
            }
        }
    }
}
