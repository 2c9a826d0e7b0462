package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.control.CustomerExtract.Row;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded population of employment-office customers as they stood the day before
 * the trial began, for the demo of {@code run} (a few thousand) and the benchmarks (700,000). The
 * same seed and places give the same people, row for row.
 *
 * <p>No real person's code can appear: every identity code uses the temporary individual numbers
 * 900–999, odd for men and even for women, unique by birth date, sex and century sign.
 *
 * <p>Shares, and where they come from (domain brief, ../shared/docs/domain.md):
 *
 * <ul>
 *   <li><b>Where people live</b>: {@value #TRIAL_SHARE_PERCENT} % in trial-area municipalities, the
 *       rest in the other known municipalities. Chosen so that, with the shares below, about a third
 *       of all customers enter the trial at its start ("about 230,000 job seekers, about a third of
 *       the offices' personal customers"). Within each group, municipalities are weighted by a rough
 *       count of job seekers ({@link #WEIGHTS}; Helsinki, Tampere (Pirkanmaa) and Vantaa–Kerava in
 *       the proportions of the brief's July 2022 area sizes; unknown municipalities 600).
 *   <li><b>Labour-market status</b>: unemployed 55 %, fully laid off 3 %, partly laid off 2 % (together
 *       60 %, the brief's "unemployed or laid off 60 %" of October 2021); in employment services 7 %
 *       (brief 6.8 %); students 15 % (brief "in training" 14.8 %); subsidised work 4 %, employed 7 %,
 *       part-time employed 5 % (brief "employed, total" about 16 %); not seeking work 2 %.
 *   <li><b>Benefit</b>, for unemployed and laid-off people: earnings-related 45 % (15 % under 25),
 *       labour-market subsidy 40 %, basic allowance 7 %, none 8 %; people in services or subsidised
 *       work mostly labour-market subsidy; the employed, students and others mostly none. The brief
 *       gives no benefit mix: these are plausible shares, marked as such.
 *   <li><b>Age</b> on the reference day: 17–24 12 %, 25–29 11 %, 30–39 22 %, 40–49 19 %, 50–59
 *       24 %, 60–64 12 % (about 23 % under 30). The brief gives no age mix: plausible shares.
 *   <li><b>Language</b>: about 12 % foreign-language speakers (as the issue asks), more in the
 *       capital region; Swedish by each municipality's rough share of Swedish speakers (Raasepori
 *       65 %, Hanko 44 %, Porvoo 29 %, Vaasa 23 %, Kokkola 13 %, Espoo 7 %, Helsinki 5.5 %); Sami
 *       (Northern, Inari, Skolt) 0.1 %. Foreign-language speakers are immigrants nine times in ten,
 *       others two in a hundred.
 *   <li><b>Registration</b>: within the six years before the reference day, recent ones likelier;
 *       the status holds from a day between registration and the reference day.
 * </ul>
 */
public final class PopulationGenerator {

    static final int TRIAL_SHARE_PERCENT = 70;

    /** Rough job-seeker counts of municipalities the reference data knows; others weigh 600. */
    static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("091", 46_000),
            Map.entry("049", 17_000),
            Map.entry("092", 18_000),
            Map.entry("245", 3_200),
            Map.entry("638", 3_500),
            Map.entry("710", 2_000),
            Map.entry("078", 800),
            Map.entry("837", 28_000),
            Map.entry("272", 3_500),
            Map.entry("179", 12_000),
            Map.entry("398", 11_000),
            Map.entry("109", 5_000),
            Map.entry("491", 4_000),
            Map.entry("740", 3_000),
            Map.entry("205", 3_000),
            Map.entry("743", 4_000),
            Map.entry("905", 5_500));

    private static final Map<String, Double> SWEDISH = Map.of(
            "710", 0.65, "078", 0.44, "638", 0.29, "905", 0.23, "272", 0.13, "049", 0.07, "091", 0.055, "092", 0.025);

    private static final Map<String, Double> FOREIGN =
            Map.of("091", 0.17, "049", 0.18, "092", 0.21, "245", 0.11, "837", 0.09, "905", 0.09, "179", 0.07);

    private static final double FOREIGN_ELSEWHERE = 0.05;

    /** Foreign mother tongues (ISO 639-3) with rough weights among foreign-language job seekers. */
    private static final String[] FOREIGN_LANGUAGES = {
        "rus", "rus", "rus", "rus", "est", "est", "ara", "ara", "ara", "som", "som", "eng", "ukr", "kur", "fas", "sqi",
        "zho", "vie", "tha", "tur", "spa", "fra", "pol", "tgl"
    };

    private static final String[] FI_MEN = {
        "Juha", "Timo", "Matti", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Ville", "Janne",
        "Lauri", "Eetu", "Aleksi", "Joonas", "Teemu", "Kari", "Sami", "Tuomas"
    };
    private static final String[] FI_WOMEN = {
        "Anne",
        "Tuula",
        "Päivi",
        "Anna",
        "Leena",
        "Katja",
        "Sanna",
        "Minna",
        "Riikka",
        "Laura",
        "Emilia",
        "Aino",
        "Hanna",
        "Johanna",
        "Tiina",
        "Sari",
        "Eveliina",
        "Noora",
        "Satu",
        "Elina"
    };
    private static final String[] FI_LAST = {
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen"
    };
    private static final String[] SV_MEN = {"Johan", "Erik", "Anders", "Mikael", "Henrik", "Fredrik", "Lars", "Oskar"};
    private static final String[] SV_WOMEN = {"Anna", "Maria", "Kristina", "Sofia", "Linnéa", "Ebba", "Karin", "Ida"};
    private static final String[] SV_LAST = {
        "Johansson",
        "Nyman",
        "Lindholm",
        "Lindqvist",
        "Holmberg",
        "Sjöberg",
        "Forsström",
        "Backman",
        "Lindström",
        "Åberg"
    };
    private static final String[] FOREIGN_MEN = {
        "Ivan", "Dmitri", "Ahmed", "Mohamed", "Ali", "Abdi", "John", "Andrii", "Reza", "Wei", "Minh", "Mehmet",
        "Carlos", "Piotr", "Arben", "Aivar"
    };
    private static final String[] FOREIGN_WOMEN = {
        "Olga", "Natalia", "Fatima", "Amina", "Hodan", "Sarah", "Olena", "Maryam", "Li", "Thi", "Ayse", "Lucia", "Anna",
        "Merike", "Somchai", "Maria"
    };
    private static final String[] FOREIGN_LAST = {
        "Ivanov",
        "Smirnova",
        "Hassan",
        "Ali",
        "Mohamud",
        "Smith",
        "Kovalenko",
        "Ahmadi",
        "Wang",
        "Nguyen",
        "Yilmaz",
        "Garcia",
        "Nowak",
        "Krasniqi",
        "Tamm",
        "Saar"
    };

    private static final char[] CENTURY_1900 = {'-', 'Y', 'X', 'W', 'V', 'U'};
    private static final char[] CENTURY_2000 = {'A', 'B', 'C', 'D', 'E', 'F'};
    private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

    /** A municipality people can live in: its code and whether it is in a trial area on the reference day. */
    public record Place(String municipalityCode, boolean inTrialArea) {}

    private final SplittableRandom random;
    private final LocalDate referenceDay;
    private final List<Place> places;
    private final double[] cumulative;
    private final int[] usedNumbers;
    private long sequence;

    /**
     * @param referenceDay the day the population stands on (the day before the trial: 2021-02-28)
     * @param places the municipalities, all with a known office; trial and other ones
     */
    public PopulationGenerator(long seed, LocalDate referenceDay, List<Place> places) {
        this.random = new SplittableRandom(seed);
        this.referenceDay = referenceDay;
        this.places = places.stream()
                .sorted(Comparator.comparing(Place::municipalityCode))
                .toList();
        if (this.places.isEmpty()) {
            throw new IllegalArgumentException("a population needs places to live");
        }
        this.cumulative = cumulativeWeights(this.places);
        // numbers used per (birth day, sex): an int per day and sex since 1900
        this.usedNumbers = new int[(int) ChronoUnit.DAYS.between(EPOCH, referenceDay.plusYears(1)) * 2];
    }

    private static double[] cumulativeWeights(List<Place> places) {
        double trialTotal = places.stream()
                .filter(Place::inTrialArea)
                .mapToDouble(p -> weight(p.municipalityCode()))
                .sum();
        double otherTotal = places.stream()
                .filter(p -> !p.inTrialArea())
                .mapToDouble(p -> weight(p.municipalityCode()))
                .sum();
        double trialShare = otherTotal == 0 ? 1 : trialTotal == 0 ? 0 : TRIAL_SHARE_PERCENT / 100.0;
        double[] cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            double w = weight(place.municipalityCode());
            sum += place.inTrialArea() ? trialShare * w / trialTotal : (1 - trialShare) * w / otherTotal;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static double weight(String code) {
        return WEIGHTS.getOrDefault(code, 600);
    }

    /** The next person. */
    public Row next() {
        sequence++;
        String home = places.get(pick(cumulative)).municipalityCode();
        boolean man = random.nextDouble() < 0.54;
        LocalDate birth = birthDate();
        PersonalIdentityCode code = code(birth, man);

        String tongue;
        double language = random.nextDouble();
        double foreign = FOREIGN.getOrDefault(home, FOREIGN_ELSEWHERE);
        double swedish = SWEDISH.getOrDefault(home, 0.005);
        if (language < foreign) {
            tongue = FOREIGN_LANGUAGES[random.nextInt(FOREIGN_LANGUAGES.length)];
        } else if (language < foreign + swedish) {
            tongue = MotherTongues.SWEDISH;
        } else if (language < foreign + swedish + 0.001) {
            tongue = new String[] {MotherTongues.NORTHERN_SAMI, MotherTongues.INARI_SAMI, MotherTongues.SKOLT_SAMI}
                    [random.nextInt(3)];
        } else {
            tongue = MotherTongues.FINNISH;
        }
        boolean foreignTongue = !tongue.equals(MotherTongues.FINNISH)
                && !tongue.equals(MotherTongues.SWEDISH)
                && !tongue.startsWith("sm");
        boolean immigrant = random.nextDouble() < (foreignTongue ? 0.9 : 0.02);

        String first;
        String last;
        if (tongue.equals(MotherTongues.SWEDISH)) {
            first = pick(man ? SV_MEN : SV_WOMEN);
            last = pick(SV_LAST);
        } else if (foreignTongue) {
            first = pick(man ? FOREIGN_MEN : FOREIGN_WOMEN);
            last = pick(FOREIGN_LAST);
        } else {
            first = pick(man ? FI_MEN : FI_WOMEN);
            last = pick(FI_LAST);
        }

        LabourMarketStatus status = status();
        int age = birth.until(referenceDay).getYears();
        UnemploymentBenefit benefit = benefit(status, age);
        LocalDate earliest = birth.plusYears(17);
        long back = Math.min((long) (-Math.log(1 - random.nextDouble()) * 500), 6 * 365);
        LocalDate registered = referenceDay.minusDays(back);
        if (registered.isBefore(earliest)) {
            registered = earliest.isAfter(referenceDay) ? referenceDay : earliest;
        }
        long span = ChronoUnit.DAYS.between(registered, referenceDay);
        LocalDate since = registered.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
        Integer education = education();
        String email =
                random.nextDouble() < 0.6 ? ascii(first) + "." + ascii(last) + sequence + "@example.invalid" : null;
        return new Row(
                sequence,
                code,
                first,
                last,
                home,
                tongue,
                immigrant,
                education,
                status,
                benefit,
                registered,
                since,
                email,
                null,
                null,
                null,
                null);
    }

    /** The next {@code count} people. */
    public List<Row> next(int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(next());
        }
        return rows;
    }

    private LocalDate birthDate() {
        double band = random.nextDouble();
        int from;
        int to;
        if (band < 0.12) {
            from = 17;
            to = 24;
        } else if (band < 0.23) {
            from = 25;
            to = 29;
        } else if (band < 0.45) {
            from = 30;
            to = 39;
        } else if (band < 0.64) {
            from = 40;
            to = 49;
        } else if (band < 0.88) {
            from = 50;
            to = 59;
        } else {
            from = 60;
            to = 64;
        }
        int age = from + random.nextInt(to - from + 1);
        return referenceDay.minusYears(age).minusDays(random.nextInt(365));
    }

    /**
     * A code unique in this population: the next free temporary number (900–999) of the day and sex,
     * then the next century sign of the same century when a hundred people share a birthday.
     */
    private PersonalIdentityCode code(LocalDate birth, boolean man) {
        int slot = (int) ChronoUnit.DAYS.between(EPOCH, birth) * 2 + (man ? 1 : 0);
        int used = usedNumbers[slot]++;
        char[] signs = birth.getYear() >= 2000 ? CENTURY_2000 : CENTURY_1900;
        int sign = used / 50;
        if (sign >= signs.length) {
            throw new IllegalStateException("more than " + signs.length * 50 + " people born on " + birth);
        }
        int number = 900 + (used % 50) * 2 + (man ? 1 : 0);
        return PersonalIdentityCode.of(birth, signs[sign], number);
    }

    private LabourMarketStatus status() {
        double p = random.nextDouble();
        if (p < 0.55) {
            return LabourMarketStatus.UNEMPLOYED;
        } else if (p < 0.58) {
            return LabourMarketStatus.LAID_OFF_FULL;
        } else if (p < 0.60) {
            return LabourMarketStatus.LAID_OFF_PARTIAL;
        } else if (p < 0.67) {
            return LabourMarketStatus.IN_SERVICE;
        } else if (p < 0.82) {
            return LabourMarketStatus.STUDENT;
        } else if (p < 0.86) {
            return LabourMarketStatus.SUBSIDISED_WORK;
        } else if (p < 0.93) {
            return LabourMarketStatus.EMPLOYED;
        } else if (p < 0.98) {
            return LabourMarketStatus.EMPLOYED_PART_TIME;
        }
        return LabourMarketStatus.NOT_JOB_SEEKING;
    }

    private UnemploymentBenefit benefit(LabourMarketStatus status, int age) {
        double p = random.nextDouble();
        switch (status) {
            case UNEMPLOYED, LAID_OFF_FULL, LAID_OFF_PARTIAL -> {
                double earnings = age < 25 ? 0.15 : 0.45;
                if (p < earnings) {
                    return UnemploymentBenefit.EARNINGS_RELATED;
                }
                double rest = (p - earnings) / (1 - earnings);
                return rest < 0.73
                        ? UnemploymentBenefit.LABOUR_MARKET_SUBSIDY
                        : rest < 0.85 ? UnemploymentBenefit.BASIC_ALLOWANCE : UnemploymentBenefit.NONE;
            }
            case IN_SERVICE, SUBSIDISED_WORK -> {
                return p < 0.25
                        ? UnemploymentBenefit.EARNINGS_RELATED
                        : p < 0.85 ? UnemploymentBenefit.LABOUR_MARKET_SUBSIDY : UnemploymentBenefit.NONE;
            }
            default -> {
                return p < 0.1 ? UnemploymentBenefit.EARNINGS_RELATED : UnemploymentBenefit.NONE;
            }
        }
    }

    private Integer education() {
        double p = random.nextDouble();
        if (p < 0.05) {
            return null;
        } else if (p < 0.25) {
            return 2;
        } else if (p < 0.70) {
            return 3;
        } else if (p < 0.72) {
            return 4;
        } else if (p < 0.80) {
            return 5;
        } else if (p < 0.92) {
            return 6;
        } else if (p < 0.99) {
            return 7;
        }
        return 8;
    }

    private int pick(double[] cumulative) {
        double p = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, p);
        return Math.min(index >= 0 ? index + 1 : -index - 1, cumulative.length - 1);
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
