package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.organisations.MembershipView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data for the tests, as the shipped files have it: Helsinki, Espoo, Vantaa–Kerava,
 * Pirkanmaa (Tampere) and the Kokkola region in trial from 1 March 2021 to 31 December 2024; Vaasa
 * only in the Ostrobothnia office's region; rule version 1 of Act 1269/2020 § 4.
 */
final class Fixtures {

    static final LocalDate TRIAL_START = LocalDate.of(2021, 3, 1);
    static final LocalDate TRIAL_END = LocalDate.of(2024, 12, 31);

    static final String HELSINKI = "091";
    static final String ESPOO = "049";
    static final String VANTAA = "092";
    static final String KERAVA = "245";
    static final String TAMPERE = "837";
    static final String KOKKOLA = "272";
    static final String VAASA = "905";

    static final RuleVersion VERSION_1 = new RuleVersion(
            1,
            TRIAL_START,
            null,
            "Act 1269/2020 § 4",
            30,
            EnumSet.of(
                    LabourMarketStatus.UNEMPLOYED,
                    LabourMarketStatus.LAID_OFF_FULL,
                    LabourMarketStatus.LAID_OFF_PARTIAL,
                    LabourMarketStatus.IN_SERVICE,
                    LabourMarketStatus.SUBSIDISED_WORK),
            EnumSet.of(UnemploymentBenefit.EARNINGS_RELATED),
            Set.of("fin", "swe", "sme", "smn", "sms", "smi", "sma", "smj"));

    private Fixtures() {}

    static AreaMap areas() {
        List<MembershipView> memberships = new ArrayList<>();
        long id = 1;
        for (String[] m : new String[][] {
            {"helsinki", HELSINKI},
            {"espoo", ESPOO},
            {"vantaa-kerava", VANTAA},
            {"vantaa-kerava", KERAVA},
            {"pirkanmaa", TAMPERE},
            {"kokkola", KOKKOLA}
        }) {
            memberships.add(new MembershipView(id++, m[0], m[1], null, null, TRIAL_START, TRIAL_END, 0));
        }
        return new AreaMap(
                memberships,
                Map.of(
                        HELSINKI, "uusimaa",
                        ESPOO, "uusimaa",
                        VANTAA, "uusimaa",
                        KERAVA, "uusimaa",
                        TAMPERE, "pirkanmaa",
                        KOKKOLA, "pohjanmaa",
                        VAASA, "pohjanmaa"));
    }

    static TrialCalendar calendar() {
        TrialCalendar.Period period = new TrialCalendar.Period(TRIAL_START, TRIAL_END);
        return new TrialCalendar(Map.of(
                "helsinki", period,
                "espoo", period,
                "vantaa-kerava", period,
                "pirkanmaa", period,
                "kokkola", period));
    }

    static TransferContext context(RuleSettings settings) {
        return TransferContext.of(List.of(VERSION_1), settings, areas(), calendar());
    }

    static TransferContext context() {
        return context(RuleSettings.defaults());
    }

    /** An unemployed Finnish speaker of 40 in Helsinki on labour-market subsidy: in the target group. */
    static Person person() {
        return new Person(
                LocalDate.of(1980, 6, 15),
                "fin",
                false,
                LabourMarketStatus.UNEMPLOYED,
                UnemploymentBenefit.LABOUR_MARKET_SUBSIDY,
                HELSINKI,
                null);
    }

    record Person(
            LocalDate birthDate,
            String tongue,
            boolean immigrant,
            LabourMarketStatus status,
            UnemploymentBenefit benefit,
            String home,
            Integer exclusion) {

        Person born(LocalDate day) {
            return new Person(day, tongue, immigrant, status, benefit, home, exclusion);
        }

        Person speaking(String language) {
            return new Person(birthDate, language, immigrant, status, benefit, home, exclusion);
        }

        Person asImmigrant() {
            return new Person(birthDate, tongue, true, status, benefit, home, exclusion);
        }

        Person status(LabourMarketStatus value) {
            return new Person(birthDate, tongue, immigrant, value, benefit, home, exclusion);
        }

        Person benefit(UnemploymentBenefit value) {
            return new Person(birthDate, tongue, immigrant, status, value, home, exclusion);
        }

        Person livingIn(String municipality) {
            return new Person(birthDate, tongue, immigrant, status, benefit, municipality, exclusion);
        }

        Person excludedBy(Integer item) {
            return new Person(birthDate, tongue, immigrant, status, benefit, home, item);
        }

        JobSeekerFacts facts() {
            return new JobSeekerFacts(birthDate, tongue, immigrant, status, benefit, home, exclusion);
        }
    }
}
