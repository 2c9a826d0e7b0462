package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.evaluation.control.Registry.TRIAL_START;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.testing.TestDatabase;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly status panel: one row per job seeker and month end, as things stood at the end of
 * that day (domain brief, "What the ministry followed").
 */
class PanelBuilderTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    Registry registry;

    @BeforeEach
    void emptyRegistry() {
        Registry.emptyPanelAndRegistry(db);
        registry = new Registry(db);
    }

    SourceVersion build(YearMonth first, YearMonth last) {
        return db.inTransaction(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            build(builder, version, first, last);
            return version;
        });
    }

    static void build(PanelBuilder builder, SourceVersion version, YearMonth first, YearMonth last) {
        builder.loadReferenceData(Registry.MUNICIPALITIES);
        builder.stage(version);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            builder.buildMonth(m, version, NOW);
        }
    }

    Map<String, Object> row(long person, YearMonth month) {
        Map<String, Object> row = new HashMap<>();
        db.run(em -> {
            try (var select = Sql.connection(em)
                    .prepareStatement("select * from eva_panel where job_seeker_id = ? and month_end = ?")) {
                select.setLong(1, person);
                select.setObject(2, month.atEndOfMonth());
                try (var rows = select.executeQuery()) {
                    if (rows.next()) {
                        for (String column : PanelBuilder.COLUMNS) {
                            row.put(column, rows.getObject(column));
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return row;
    }

    @Test
    void customerMovesFromOfficeToTrialAreaOnTrialStart() {
        long person = registry.person(
                LocalDate.of(1980, 5, 5),
                "fin",
                LocalDate.of(2020, 6, 15),
                "091",
                "UNEMPLOYED",
                "LABOUR_MARKET_SUBSIDY");
        registry.toArea(person, "helsinki", TRIAL_START);

        build(YearMonth.of(2021, 1), YearMonth.of(2021, 3));

        assertThat(row(person, YearMonth.of(2021, 2)))
                .containsEntry("body_type", "EMPLOYMENT_OFFICE")
                .containsEntry("body_key", "uusimaa")
                .containsEntry("municipality_area", null);
        assertThat(row(person, YearMonth.of(2021, 3)))
                .containsEntry("body_type", "TRIAL_AREA")
                .containsEntry("body_key", "helsinki")
                .containsEntry("home_municipality", "091")
                .containsEntry("municipality_area", "helsinki");
    }

    @Test
    void personRegisteredAfterTheMonthEndIsNotInThatMonth() {
        long person =
                registry.person(LocalDate.of(1980, 5, 5), "fin", LocalDate.of(2021, 2, 1), "091", "UNEMPLOYED", "NONE");

        build(YearMonth.of(2021, 1), YearMonth.of(2021, 2));

        assertThat(row(person, YearMonth.of(2021, 1))).isEmpty();
        assertThat(row(person, YearMonth.of(2021, 2))).isNotEmpty();
    }

    @Test
    void longTermUnemployedIsContinuouslyUnemployedForOverTwelveMonths() {
        long person = registry.person(
                LocalDate.of(1970, 1, 1), "fin", LocalDate.of(2020, 5, 15), "049", "UNEMPLOYED", "EARNINGS_RELATED");
        // a benefit change does not break the spell; a full lay-off counts as unemployment
        registry.situation(person, LocalDate.of(2020, 9, 1), "LAID_OFF_FULL", "BASIC_ALLOWANCE", "049");

        build(YearMonth.of(2021, 4), YearMonth.of(2021, 5));

        assertThat(row(person, YearMonth.of(2021, 4)))
                .containsEntry("unemployed_since", java.sql.Date.valueOf("2020-05-15"))
                .containsEntry("unemployment_spell_months", 11)
                .containsEntry("long_term_unemployed", false);
        assertThat(row(person, YearMonth.of(2021, 5)))
                .containsEntry("unemployment_spell_months", 12)
                .containsEntry("long_term_unemployed", true)
                .containsEntry("laid_off_full", true)
                .containsEntry("unemployed", true);
    }

    @Test
    void workBreaksTheSpellOfUnemployment() {
        long person =
                registry.person(LocalDate.of(1970, 1, 1), "fin", LocalDate.of(2019, 1, 1), "049", "UNEMPLOYED", "NONE");
        registry.situation(person, LocalDate.of(2020, 12, 10), "EMPLOYED", "NONE", "049");
        registry.situation(person, LocalDate.of(2021, 2, 1), "UNEMPLOYED", "NONE", "049");

        build(YearMonth.of(2020, 12), YearMonth.of(2021, 3));

        assertThat(row(person, YearMonth.of(2020, 12)))
                .containsEntry("employed_open", true)
                .containsEntry("unemployed", false)
                .containsEntry("unemployed_since", null)
                .containsEntry("long_term_unemployed", false);
        assertThat(row(person, YearMonth.of(2021, 3)))
                .containsEntry("unemployed_since", java.sql.Date.valueOf("2021-02-01"))
                .containsEntry("unemployment_spell_months", 1);
    }

    @Test
    void ofTwoSituationsOnOneDayTheLaterRecordWins() {
        long person =
                registry.person(LocalDate.of(1990, 1, 1), "fin", LocalDate.of(2021, 1, 5), "091", "UNEMPLOYED", "NONE");
        registry.situation(person, LocalDate.of(2021, 1, 20), "IN_SERVICE", "NONE", "091");
        registry.situation(person, LocalDate.of(2021, 1, 20), "SUBSIDISED_WORK", "NONE", "091");

        build(YearMonth.of(2021, 1), YearMonth.of(2021, 1));

        assertThat(row(person, YearMonth.of(2021, 1)))
                .containsEntry("labour_market_status", "SUBSIDISED_WORK")
                .containsEntry("employed_subsidised", true)
                .containsEntry("in_active_services", true)
                .containsEntry("in_services", false);
    }

    @Test
    void targetGroupFlagsAgeBandAndLanguageGroupAtTheMonthEnd() {
        // turns 30 on 15 March 2021 (Act 1269/2020 § 4: under 30)
        long young = registry.person(
                LocalDate.of(1991, 3, 15), "ara", LocalDate.of(2021, 1, 5), "092", "STUDENT", "EARNINGS_RELATED");
        long sami = registry.person(
                LocalDate.of(1960, 3, 15), "smn", LocalDate.of(2021, 1, 5), "853", "UNEMPLOYED", "NONE");

        build(YearMonth.of(2021, 2), YearMonth.of(2021, 3));

        assertThat(row(young, YearMonth.of(2021, 2)))
                .containsEntry("under_30", true)
                .containsEntry("age_band", "25-29")
                .containsEntry("foreign_language", true)
                .containsEntry("language_group", "other")
                .containsEntry("not_earnings_related", false)
                .containsEntry("in_training", true);
        assertThat(row(young, YearMonth.of(2021, 3)))
                .containsEntry("under_30", false)
                .containsEntry("age_band", "30-39")
                .containsEntry("municipality_area", "vantaa-kerava");
        assertThat(row(sami, YearMonth.of(2021, 3)))
                .containsEntry("foreign_language", false)
                .containsEntry("language_group", "sami")
                .containsEntry("age_band", "60+")
                .containsEntry("not_earnings_related", true)
                .containsEntry("municipality_area", null);
    }

    @Test
    void aBuildBoundedBySourceVersionIgnoresLaterRecordsSoItCanBeRepeated() {
        long person =
                registry.person(LocalDate.of(1980, 1, 1), "fin", LocalDate.of(2020, 1, 1), "091", "UNEMPLOYED", "NONE");
        SourceVersion before = build(YearMonth.of(2021, 2), YearMonth.of(2021, 3));
        String fingerprint = fingerprint(YearMonth.of(2021, 3));

        // recorded later, with effect in the past: a transfer and a new job
        registry.toArea(person, "helsinki", TRIAL_START);
        registry.situation(person, LocalDate.of(2021, 3, 10), "EMPLOYED", "NONE", "091");
        registry.person(LocalDate.of(1985, 1, 1), "fin", LocalDate.of(2021, 1, 1), "091", "UNEMPLOYED", "NONE");

        build(YearMonth.of(2021, 2), YearMonth.of(2021, 3));
        assertThat(fingerprint(YearMonth.of(2021, 3))).isNotEqualTo(fingerprint);
        assertThat(row(person, YearMonth.of(2021, 3))).containsEntry("body_key", "helsinki");

        db.run(em -> build(new PanelBuilder(em), before, YearMonth.of(2021, 2), YearMonth.of(2021, 3)));
        assertThat(fingerprint(YearMonth.of(2021, 3))).isEqualTo(fingerprint);
        assertThat(row(person, YearMonth.of(2021, 3)))
                .containsEntry("body_key", "uusimaa")
                .containsEntry("labour_market_status", "UNEMPLOYED");
    }

    @Test
    void aMonthsVersionChangesWithItsRowsAndOnlyWithThem() {
        long person =
                registry.person(LocalDate.of(1980, 1, 1), "fin", LocalDate.of(2020, 1, 1), "091", "UNEMPLOYED", "NONE");
        YearMonth february = YearMonth.of(2021, 2);
        YearMonth march = YearMonth.of(2021, 3);
        build(february, march);
        Map<YearMonth, String> versions = monthVersions();

        build(february, march);
        assertThat(monthVersions()).as("built again from the same sources").isEqualTo(versions);

        registry.situation(person, LocalDate.of(2021, 3, 10), "EMPLOYED", "NONE", "091");
        build(february, march);
        Map<YearMonth, String> corrected = monthVersions();
        assertThat(corrected.get(march))
                .as("a month built again with another row")
                .isNotEqualTo(versions.get(march));
        assertThat(corrected.get(february))
                .as("a month built again with its rows")
                .isEqualTo(versions.get(february));

        build(YearMonth.of(2021, 4), YearMonth.of(2021, 4));
        assertThat(monthVersions())
                .as("a month added")
                .containsAllEntriesOf(corrected)
                .containsKey(YearMonth.of(2021, 4));
    }

    Map<YearMonth, String> monthVersions() {
        return db.inTransaction(em -> new PanelBuilder(em)
                .months().stream().collect(Collectors.toMap(PanelBuilder.PanelMonth::month, PanelBuilder::version)));
    }

    @Test
    void theFingerprintReadsANullAsEmptyAndEveryOtherColumnAsItIs() {
        registry.person(LocalDate.of(1980, 1, 1), "fin", LocalDate.of(2020, 1, 1), "091", "UNEMPLOYED", "NONE");
        registry.person(LocalDate.of(1990, 6, 1), "swe", LocalDate.of(2020, 1, 1), "049", "EMPLOYED", "NONE");
        build(YearMonth.of(2021, 3), YearMonth.of(2021, 3));
        LocalDate day = YearMonth.of(2021, 3).atEndOfMonth();

        String everyColumnThroughCoalesce = PanelBuilder.COLUMNS.stream()
                .map(c -> "coalesce(p." + c + ", '')")
                .collect(Collectors.joining(", "));
        long sum = db.count(
                "select sum(crc32(concat_ws('|', " + everyColumnThroughCoalesce + "))) from eva_panel p"
                        + " where month_end = ?",
                day);
        BigInteger crcSum =
                db.inTransaction(em -> new PanelBuilder(em).crc(day, false).sum());
        assertThat(crcSum).isEqualTo(BigInteger.valueOf(sum));

        List<?> nullable = db.inTransaction(em -> em.createNativeQuery("select column_name from"
                        + " information_schema.columns where table_schema = database() and table_name = 'eva_panel'"
                        + " and is_nullable = 'YES'")
                .getResultList());
        assertThat(nullable.stream().map(Object::toString)).containsExactlyInAnyOrderElementsOf(PanelBuilder.NULLABLE);
    }

    @Test
    void theStagedAppointmentsIndexesABuildDropsAndAddsBackAreTheOnesTheMigrationsMade() {
        // A build copies the appointments without their secondary indexes and adds them afterwards
        // (PanelSteps); the ones it adds must be the schema's, column for column.
        List<String> migrated = appointmentIndexes();
        try {
            db.execute(PanelBuilder.dropAppointmentIndexes());
            assertThat(appointmentIndexes()).isEmpty();
            db.execute(PanelBuilder.dropAppointmentIndexes());
        } finally {
            db.execute(PanelBuilder.addAppointmentIndexes());
        }
        assertThat(appointmentIndexes()).hasSize(6).containsExactlyElementsOf(migrated);
        db.execute(PanelBuilder.addAppointmentIndexes());
        assertThat(appointmentIndexes()).containsExactlyElementsOf(migrated);
    }

    /** The staged appointments' secondary indexes as "name:position:column". */
    List<String> appointmentIndexes() {
        return db.inTransaction(em -> ((List<?>) em.createNativeQuery("select concat_ws(':', index_name,"
                                + " seq_in_index, column_name) from information_schema.statistics"
                                + " where table_schema = database() and table_name = 'eva_stage_appointment'"
                                + " and index_name <> 'PRIMARY' order by index_name, seq_in_index")
                        .getResultList())
                .stream().map(Object::toString).toList());
    }

    String fingerprint(YearMonth month) {
        return db.inTransaction(
                em -> new PanelBuilder(em).month(month).orElseThrow().fingerprint());
    }
}
