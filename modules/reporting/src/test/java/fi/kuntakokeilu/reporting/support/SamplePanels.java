package fi.kuntakokeilu.reporting.support;

import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.control.AreaName;
import fi.kuntakokeilu.reporting.control.MonthlyStatusReportBuilder;
import fi.kuntakokeilu.reporting.control.PublishedMonths;
import fi.kuntakokeilu.reporting.support.ConstructedPanel.Counts;
import java.time.YearMonth;
import java.util.Map;

/** Constructed panels whose figures the tests work out by hand. */
public final class SamplePanels {

    public static final YearMonth JAN_2021 = YearMonth.of(2021, 1);
    public static final YearMonth DEC_2021 = YearMonth.of(2021, 12);
    public static final YearMonth JAN_2022 = YearMonth.of(2022, 1);

    private SamplePanels() {}

    /**
     * Three areas (Helsinki, Kainuu, Pirkanmaa) in January 2021, December 2021 and January 2022:
     * large counts in Helsinki and Pirkanmaa, small ones in Kainuu (3 fully laid off and 2
     * subsidised in January 2022; its foreign-language subgroup has 4 unemployed).
     */
    public static ConstructedPanel aroundNewYear2022() {
        return new ConstructedPanel()
                .area(JAN_2021, "helsinki", Counts.of(25000, 16000, 500, 2200, 3600, 2800, 2300, 500, 5100, 5200))
                .area(JAN_2021, "kainuu", Counts.of(900, 540, 6, 90, 150, 110, 105, 5, 210, 170))
                .area(JAN_2021, "pirkanmaa", Counts.of(11000, 6600, 160, 1100, 2100, 1400, 1150, 250, 2600, 2100))
                .area(DEC_2021, "helsinki", Counts.of(19000, 11500, 280, 1900, 3900, 2900, 2420, 480, 4800, 4100))
                .area(DEC_2021, "kainuu", Counts.of(820, 500, 4, 85, 150, 115, 112, 3, 190, 150))
                .area(DEC_2021, "pirkanmaa", Counts.of(9800, 5900, 140, 980, 1980, 1450, 1160, 290, 2450, 1950))
                .area(JAN_2022, "helsinki", Counts.of(20000, 12000, 300, 2000, 4000, 3000, 2500, 500, 5000, 4000))
                .area(JAN_2022, "kainuu", Counts.of(800, 480, 3, 80, 160, 120, 118, 2, 200, 150))
                .area(JAN_2022, "pirkanmaa", Counts.of(10000, 6000, 150, 1000, 2000, 1500, 1200, 300, 2500, 2000))
                .subgroup(JAN_2022, "kainuu", Subgroup.FOREIGN_LANGUAGE, Counts.of(40, 4, 0, 6, 8, 12, 12, 0, 9, 2));
    }

    /** Area names as the organisations module would give them (Kainuu and Pirkanmaa left to their keys). */
    public static Map<String, AreaName> names() {
        return Map.of("helsinki", new AreaName("Helsinki", "Helsingfors"));
    }

    public static MonthlyStatusReport report(ConstructedPanel panel, YearMonth month, SuppressionPolicy policy) {
        PublishedMonths months = new PublishedMonths(panel, policy);
        return new MonthlyStatusReportBuilder(months::month, names(), 5)
                .build(month, policy.threshold(), PublishedMonths.catalogueVersion(panel.catalogue()));
    }
}
