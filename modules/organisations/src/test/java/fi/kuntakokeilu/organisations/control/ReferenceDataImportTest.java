package fi.kuntakokeilu.organisations.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.organisations.entity.Municipality;
import fi.kuntakokeilu.organisations.entity.TrialArea;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import fi.kuntakokeilu.testing.TestDatabase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Loading the shipped reference data into a real MariaDB: the files seed the data once, loading
 * again changes nothing, and what an administrator changed afterwards survives a reload.
 */
class ReferenceDataImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations");

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
    private static String offices;
    private static String areas;

    @BeforeAll
    static void loadTheShippedFiles() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "..", "..", "config", "reference-data");
        offices = Files.readString(dir.resolve(ReferenceDataFiles.OFFICES), StandardCharsets.UTF_8);
        areas = Files.readString(dir.resolve(ReferenceDataFiles.AREAS), StandardCharsets.UTF_8);
        load(ReferenceDataFiles.OFFICES, offices);
        load(ReferenceDataFiles.AREAS, areas);
    }

    @Test
    void loadsEveryAreaAndMembershipOfTheFiles() {
        List<String> rows =
                areas.lines().skip(1).filter(line -> !line.isBlank()).toList();
        List<String> keys =
                rows.stream().map(line -> line.split(",")[0]).distinct().toList();
        String inFile = keys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(","));

        assertThat(db.count("select count(*) from org_trial_area where area_key in (" + inFile + ")"))
                .isEqualTo(keys.size());
        assertThat(db.count("select count(*) from org_area_membership where area_key in (" + inFile + ")"))
                .isEqualTo(rows.size());
    }

    @Test
    void takesTheFirstMunicipalityOfAnAreaAsItsLead() {
        String pirkanmaa =
                db.inTransaction(em -> em.find(TrialArea.class, "pirkanmaa").leadMunicipality());
        String vantaaKerava =
                db.inTransaction(em -> em.find(TrialArea.class, "vantaa-kerava").leadMunicipality());

        assertThat(pirkanmaa).isEqualTo("837");
        assertThat(vantaaKerava).isEqualTo("092");
    }

    @Test
    void placesEveryMunicipalityInItsOfficesRegionWithBothNames() {
        Municipality kerava = db.<Municipality>inTransaction(em -> em.find(Municipality.class, "245"));
        Municipality vaasa = db.<Municipality>inTransaction(em -> em.find(Municipality.class, "905"));

        assertThat(kerava.officeKey()).isEqualTo("uusimaa");
        assertThat(kerava.nameSv()).isEqualTo("Kervo");
        assertThat(vaasa.officeKey()).isEqualTo("pohjanmaa");
        assertThat(db.count("select count(*) from org_area_membership where municipality_code = '905'"))
                .isZero();
    }

    @Test
    void skipsAFileLoadedBefore() {
        assertThat(load(ReferenceDataFiles.AREAS, areas)).isEmpty();
    }

    @Test
    void changesNothingWhenTheSameRowsArriveInAChangedFile() {
        long memberships = db.count("select count(*) from org_area_membership");

        var result = load(ReferenceDataFiles.AREAS, areas + "\n");

        assertThat(result).hasValueSatisfying(r -> assertThat(r.added()).isZero());
        assertThat(db.count("select count(*) from org_area_membership")).isEqualTo(memberships);
    }

    @Test
    void keepsAnAdministratorsCorrectionOnReload() {
        db.run(em -> {
            em.find(TrialArea.class, "porvoo").leadBy("638");
            em.find(Municipality.class, "638").rename("Porvoon kaupunki", "Borgå stad");
        });

        load(ReferenceDataFiles.AREAS, areas + "\n\n");

        assertThat(db.<String>inTransaction(
                        em -> em.find(Municipality.class, "638").nameFi()))
                .isEqualTo("Porvoon kaupunki");
    }

    @Test
    void refusesARowThatWouldPutAMunicipalityInTwoAreasAndKeepsTheRest() {
        String header = areas.lines().findFirst().orElseThrow();
        String clash = header + "\n"
                + "tuusula,Tuusula,Tusby,858,Tuusula,Tusby,2021-03-01,2024-12-31,selected\n"
                + "tuusula,Tuusula,Tusby,091,Helsinki,Helsingfors,2021-03-01,2024-12-31,selected\n";

        var result = load(ReferenceDataFiles.AREAS, clash).orElseThrow();

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).contains("helsinki");
        });
        assertThat(db.count("select count(*) from org_area_membership where area_key = 'tuusula'"))
                .isEqualTo(1);
    }

    /**
     * What a bulk transfer run takes once for all its decisions (domain.md: the responsible area
     * is the area of the home municipality on the day), read without a transactional interceptor:
     * a batch chunk must not call a shared {@code @Transactional} bean (docs/operations.md, check 4).
     */
    @Test
    void givesBulkWorkTheAreasAndTheAreaMapWithoutATransactionalInterceptor() {
        record Read(
                List<String> areaKeys,
                Optional<String> kerava2022,
                Optional<String> kerava2025,
                Optional<String> keravaOffice,
                Optional<String> vaasa2022) {}
        Read read = db.inTransaction(em -> {
            OrganisationReader reader = new OrganisationReader(new OrganisationStore(em));
            var map = reader.areaMap();
            MunicipalityCode kerava = MunicipalityCode.of("245");
            return new Read(
                    reader.trialAreas().stream().map(TrialAreaView::key).toList(),
                    map.areaOf(kerava, LocalDate.of(2022, 1, 1)),
                    map.areaOf(kerava, LocalDate.of(2025, 1, 1)),
                    map.officeOf(kerava),
                    map.areaOf(MunicipalityCode.of("905"), LocalDate.of(2022, 1, 1)));
        });

        assertThat(read.areaKeys()).contains("vantaa-kerava", "pirkanmaa");
        assertThat(read.kerava2022()).contains("vantaa-kerava");
        assertThat(read.kerava2025()).isEmpty();
        assertThat(read.keravaOffice()).contains("uusimaa");
        assertThat(read.vaasa2022()).isEmpty();
        assertThat(OrganisationReader.class.isAnnotationPresent(Transactional.class))
                .isFalse();
        assertThat(OrganisationReader.class.getDeclaredMethods())
                .noneMatch(method -> method.isAnnotationPresent(Transactional.class));
    }

    private static Optional<ReferenceDataImport.Result> load(String file, String content) {
        return db.<Optional<ReferenceDataImport.Result>>inTransaction(
                em -> new ReferenceDataImport(new OrganisationStore(em), CLOCK).load(file, content));
    }
}
