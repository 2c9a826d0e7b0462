package fi.kuntakokeilu.reporting.support;

import static fi.kuntakokeilu.testing.SourceFacts.areaAt;
import static fi.kuntakokeilu.testing.SourceFacts.inForce;
import static fi.kuntakokeilu.testing.SourceFacts.statusCondition;
import static fi.kuntakokeilu.testing.SourceFacts.subgroupCondition;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.testing.SourceRecords;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A population written straight into the clients module's source tables, as its registry and
 * custody ledger would leave them, and the ministry's counts over those tables written as SQL of
 * their own, independently of the evaluation panel (domain brief, "What the ministry followed";
 * definitions in evaluation's docs/indicators.md).
 *
 * <p>Evaluation's {@code PanelCountsTest} checks the panel against the same definitions with its
 * own copy of this SQL: its fixtures are package-private test classes of another module, and
 * reporting's tests prove the published report against the sources, so a mistake shared by panel
 * and report would not be hidden by sharing the expectation too.
 */
public final class SourceRegistry {

    public static final LocalDate TRIAL_START = LocalDate.of(2021, 3, 1);
    static final LocalDate TRIAL_END = LocalDate.of(2024, 12, 31);

    /** Helsinki, Espoo and Vantaa–Kerava in trial from 1 March 2021; Vaasa compares; Turku neither. */
    public static final List<MunicipalityView> MUNICIPALITIES = List.of(
            municipality("091", "uusimaa", null, "helsinki"),
            municipality("049", "uusimaa", null, "espoo"),
            municipality("092", "uusimaa", null, "vantaa-kerava"),
            municipality("245", "uusimaa", null, "vantaa-kerava"),
            municipality("905", "pohjanmaa", LocalDate.of(2021, 3, 1), null),
            municipality("853", "varsinais-suomi", null, null));

    public static final List<String> AREAS = List.of("espoo", "helsinki", "vantaa-kerava");

    static final String[] STATUSES = {
        "UNEMPLOYED",
        "UNEMPLOYED",
        "UNEMPLOYED",
        "LAID_OFF_FULL",
        "LAID_OFF_PARTIAL",
        "IN_SERVICE",
        "SUBSIDISED_WORK",
        "EMPLOYED",
        "EMPLOYED_PART_TIME",
        "STUDENT",
        "NOT_JOB_SEEKING"
    };
    static final String[] BENEFITS = {"EARNINGS_RELATED", "BASIC_ALLOWANCE", "LABOUR_MARKET_SUBSIDY", "NONE"};
    static final String[] HOMES = {"091", "049", "092", "245", "905", "853"};
    static final String[] TONGUES = {"fin", "fin", "fin", "swe", "sme", "ara", "rus"};

    private final TestDatabase db;
    private final SourceRecords records;

    public SourceRegistry(TestDatabase db) {
        this.db = db;
        this.records = new SourceRecords(db, "R");
    }

    private long person(
            LocalDate birth, String motherTongue, LocalDate registered, String home, String status, String benefit) {
        return records.person(birth, motherTongue, registered, home, status, benefit);
    }

    private void situation(long id, LocalDate from, String status, String benefit, String home) {
        records.situation(id, from, status, benefit, home);
    }

    private void transfer(long id, String fromType, String fromKey, String toType, String toKey, LocalDate day) {
        records.transfer(id, fromType, fromKey, toType, toKey, day);
    }

    static MunicipalityView municipality(String code, String office, LocalDate comparisonSince, String area) {
        List<MembershipView> memberships = area == null
                ? List.of()
                : List.of(new MembershipView(0, area, code, null, null, TRIAL_START, TRIAL_END, 0));
        return new MunicipalityView(code, "Kunta " + code, null, office, comparisonSince, memberships, 0);
    }

    /** The three trial areas in the organisations module, so the indicators know which areas to count. */
    public void trialAreas() {
        db.execute("insert into org_trial_area (area_key, name_fi, name_sv, starts_on, status) values"
                + " ('helsinki', 'Helsinki', 'Helsingfors', '2021-03-01', 'CONFIRMED'),"
                + " ('espoo', 'Espoo', 'Esbo', '2021-03-01', 'CONFIRMED'),"
                + " ('vantaa-kerava', 'Vantaa–Kerava', 'Vanda–Kervo', '2021-03-01', 'CONFIRMED')");
    }

    /**
     * {@code people} job seekers with up to four changes each over 2019–2022; three in four living
     * in a trial area move to it when the trial starts (or a week after registering), and one in five
     * of those goes back to the employment office later.
     */
    public void population(int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < people; i++) {
            LocalDate registered = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(900));
            String home = HOMES[random.nextInt(HOMES.length)];
            long id = person(
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(16000)),
                    TONGUES[random.nextInt(TONGUES.length)],
                    registered,
                    home,
                    STATUSES[random.nextInt(STATUSES.length)],
                    BENEFITS[random.nextInt(BENEFITS.length)]);
            String area =
                    switch (home) {
                        case "091" -> "helsinki";
                        case "049" -> "espoo";
                        case "092", "245" -> "vantaa-kerava";
                        default -> null;
                    };
            LocalDate day = registered;
            for (int change = random.nextInt(5); change > 0; change--) {
                day = day.plusDays(1 + random.nextInt(200));
                situation(
                        id,
                        day,
                        STATUSES[random.nextInt(STATUSES.length)],
                        BENEFITS[random.nextInt(BENEFITS.length)],
                        home);
            }
            if (area != null && random.nextInt(4) > 0) {
                LocalDate transfer = registered.isAfter(TRIAL_START) ? registered.plusDays(7) : TRIAL_START;
                transfer(id, "EMPLOYMENT_OFFICE", "uusimaa", "TRIAL_AREA", area, transfer);
                if (random.nextInt(5) == 0) {
                    transfer(
                            id,
                            "TRIAL_AREA",
                            area,
                            "EMPLOYMENT_OFFICE",
                            "uusimaa",
                            transfer.plusDays(random.nextInt(400)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- independent SQL over the sources

    /**
     * How many people the count indicator {@code indicator} counts at the end of {@code month}, in
     * {@code scope} ({@code area} for a trial area), in {@code subgroup}: straight from cli_job_seeker,
     * cli_situation and cli_transfer.
     */
    public long count(String indicator, YearMonth month, CountScope scope, String area, Subgroup subgroup) {
        String d = "DATE '" + month.atEndOfMonth() + "'";
        String scoped =
                switch (scope) {
                    case COUNTRY -> "1 = 1";
                    case ALL_TRIAL_AREAS -> areaAt(d) + " is not null";
                    case TRIAL_AREA -> areaAt(d) + " = '" + area + "'";
                };
        return db.count("select count(*) from (select s.* from cli_situation s where " + inForce("s", d)
                + ") s join cli_job_seeker j on j.id = s.job_seeker_id where " + statusCondition(indicator, d)
                + " and " + subgroupCondition(subgroup.name(), d) + " and " + scoped);
    }
}
