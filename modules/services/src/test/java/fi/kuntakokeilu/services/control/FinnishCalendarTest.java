package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.services.Holiday;
import fi.kuntakokeilu.services.PublicHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finnish public holidays under the rules in force since 1992, and working days for the service
 * deadlines: Act on the Calculation of Time Limits (150/1930) § 5 treats Sundays, holidays, May Day,
 * Independence Day, Christmas Eve, Midsummer Eve and Saturdays as days on which a time limit cannot end.
 */
class FinnishCalendarTest {

    static IntStream yearsUnderThePresentRules() {
        return IntStream.rangeClosed(FinnishCalendar.FIRST_YEAR, 2200);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "1992, 1992-04-19",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "2020, 2020-04-12",
        "2021, 2021-04-04",
        "2022, 2022-04-17",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2030, 2030-04-21",
        "2035, 2035-03-25",
        "2038, 2038-04-25",
        "2100, 2100-03-28",
        "2285, 2285-03-22",
        "3000, 3000-04-13"
    })
    void computesEasterSundayByTheGregorianComputus(int year, LocalDate easter) {
        assertThat(FinnishCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void agreesWithGausssEasterAlgorithmForTwentyCenturies() {
        // Gauss's formula (with its two exceptions) is an independent derivation of the same computus.
        for (int year = FinnishCalendar.FIRST_YEAR; year <= 4099; year++) {
            assertThat(FinnishCalendar.easterSunday(year)).as("Easter %d", year).isEqualTo(gaussEaster(year));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsUnderThePresentRules")
    void movableHolidaysFallOnTheirWeekdaysAndWeeks(int year) {
        Map<PublicHoliday, LocalDate> days = byHoliday(year);

        assertThat(days).hasSize(PublicHoliday.values().length);
        assertThat(days.get(PublicHoliday.EASTER_SUNDAY).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(days.get(PublicHoliday.EASTER_SUNDAY))
                .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        assertThat(days.get(PublicHoliday.GOOD_FRIDAY).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(days.get(PublicHoliday.EASTER_MONDAY).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(days.get(PublicHoliday.ASCENSION_DAY).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(days.get(PublicHoliday.WHIT_SUNDAY).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(days.get(PublicHoliday.MIDSUMMER_EVE))
                .isBetween(LocalDate.of(year, 6, 19), LocalDate.of(year, 6, 25))
                .matches(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY);
        assertThat(days.get(PublicHoliday.MIDSUMMER_DAY))
                .isBetween(LocalDate.of(year, 6, 20), LocalDate.of(year, 6, 26))
                .matches(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        assertThat(days.get(PublicHoliday.ALL_SAINTS_DAY))
                .isBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6))
                .matches(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        assertThat(FinnishCalendar.holidays(year))
                .isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsUnderThePresentRules")
    void fixedHolidaysKeepTheirDates(int year) {
        Map<PublicHoliday, LocalDate> days = byHoliday(year);

        assertThat(days.get(PublicHoliday.NEW_YEARS_DAY)).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(days.get(PublicHoliday.EPIPHANY)).isEqualTo(LocalDate.of(year, 1, 6));
        assertThat(days.get(PublicHoliday.MAY_DAY)).isEqualTo(LocalDate.of(year, 5, 1));
        assertThat(days.get(PublicHoliday.INDEPENDENCE_DAY)).isEqualTo(LocalDate.of(year, 12, 6));
        assertThat(days.get(PublicHoliday.CHRISTMAS_EVE)).isEqualTo(LocalDate.of(year, 12, 24));
        assertThat(days.get(PublicHoliday.CHRISTMAS_DAY)).isEqualTo(LocalDate.of(year, 12, 25));
        assertThat(days.get(PublicHoliday.BOXING_DAY)).isEqualTo(LocalDate.of(year, 12, 26));
    }

    @ParameterizedTest(name = "Midsummer {0}: eve {1}, day {2}")
    @CsvSource({
        "2020, 2020-06-19, 2020-06-20",
        "2021, 2021-06-25, 2021-06-26",
        "2022, 2022-06-24, 2022-06-25",
        "2023, 2023-06-23, 2023-06-24",
        "2024, 2024-06-21, 2024-06-22",
        "2025, 2025-06-20, 2025-06-21",
        "2026, 2026-06-19, 2026-06-20"
    })
    void placesMidsummerOnTheFridayAndSaturdayOfTheWeekFromThe19thOfJune(int year, LocalDate eve, LocalDate day) {
        assertThat(byHoliday(year))
                .containsEntry(PublicHoliday.MIDSUMMER_EVE, eve)
                .containsEntry(PublicHoliday.MIDSUMMER_DAY, day);
    }

    @ParameterizedTest(name = "All Saints {0}: {1}")
    @CsvSource({
        "2020, 2020-10-31",
        "2021, 2021-11-06",
        "2022, 2022-11-05",
        "2023, 2023-11-04",
        "2024, 2024-11-02",
        "2025, 2025-11-01",
        "2026, 2026-10-31"
    })
    void placesAllSaintsDayOnTheSaturdayFrom31OctoberTo6November(int year, LocalDate allSaints) {
        assertThat(byHoliday(year)).containsEntry(PublicHoliday.ALL_SAINTS_DAY, allSaints);
    }

    @Test
    void derivesTheEasterHolidaysOf2022() {
        assertThat(byHoliday(2022))
                .containsEntry(PublicHoliday.GOOD_FRIDAY, LocalDate.of(2022, 4, 15))
                .containsEntry(PublicHoliday.EASTER_MONDAY, LocalDate.of(2022, 4, 18))
                .containsEntry(PublicHoliday.ASCENSION_DAY, LocalDate.of(2022, 5, 26))
                .containsEntry(PublicHoliday.WHIT_SUNDAY, LocalDate.of(2022, 6, 5));
    }

    @Test
    void letsAscensionDayShareMayDayAsIn2008() {
        LocalDate mayDay = LocalDate.of(2008, 5, 1);

        assertThat(FinnishCalendar.holidaysOn(mayDay))
                .extracting(Holiday::holiday)
                .containsExactly(PublicHoliday.MAY_DAY, PublicHoliday.ASCENSION_DAY);
        assertThat(FinnishCalendar.holidays(2008)).hasSize(15);
    }

    @Test
    void namesHolidaysInFinnishSwedishAndEnglish() {
        Holiday eve = FinnishCalendar.holidaysOn(LocalDate.of(2022, 6, 24)).get(0);

        assertThat(eve.name(Languages.FINNISH)).isEqualTo("juhannusaatto");
        assertThat(eve.name(Languages.SWEDISH)).isEqualTo("midsommarafton");
        assertThat(eve.name(Languages.ENGLISH)).isEqualTo("Midsummer Eve");
    }

    @Test
    void treatsWeekendsHolidaysAndBothEvesAsNonWorkingDays() {
        // Act 150/1930 § 5 and the offices' opening days: Midsummer Eve and Christmas Eve are days off.
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 6, 24))).isFalse(); // Midsummer Eve, Friday
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2021, 12, 24))).isFalse(); // Christmas Eve, Friday
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 12, 26))).isFalse(); // Boxing Day, Monday
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 5, 26))).isFalse(); // Ascension Day
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 12, 17))).isFalse(); // a Saturday
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 12, 23))).isTrue(); // Friday before Christmas
        assertThat(FinnishCalendar.isWorkingDay(LocalDate.of(2022, 6, 23))).isTrue(); // Thursday before Midsummer
        assertThat(FinnishCalendar.isHoliday(LocalDate.of(2022, 6, 24))).isTrue();
        assertThat(FinnishCalendar.isHoliday(LocalDate.of(2022, 6, 23))).isFalse();
    }

    @Test
    void countsTheWorkingDaysOfAYear() {
        // 2021 has 261 weekdays; 8 of them are days off: 1.1, 6.1, Good Friday 2.4, Easter Monday 5.4,
        // Ascension 13.5, Midsummer Eve 25.6, Independence Day 6.12 and Christmas Eve 24.12.
        assertThat(FinnishCalendar.workingDaysBetween(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31)))
                .isEqualTo(253);
        // 2022 has 260 weekdays; 7 are days off: 6.1, 15.4, 18.4, 26.5, 24.6, 6.12 and Boxing Day 26.12.
        assertThat(FinnishCalendar.workingDaysBetween(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31)))
                .isEqualTo(253);
    }

    @Test
    void findsTheFifthWorkingDayAfterAThursdayBeforeChristmas() {
        // Thursday 22.12.2022: Fri 23 (1), Sat-Mon 24-26 skipped, Tue 27 (2) ... Fri 30 (5).
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2022, 12, 22), 5))
                .isEqualTo(LocalDate.of(2022, 12, 30));
    }

    @Test
    void skipsTheWholeEasterWeekendWhenAddingWorkingDays() {
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2024, 3, 28), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2024, 4, 2), -1)).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(FinnishCalendar.addWorkingDays(LocalDate.of(2024, 3, 30), 0)).isEqualTo(LocalDate.of(2024, 3, 30));
    }

    @Test
    void addingWorkingDaysAndCountingThemAgreeEverywhere() {
        Random random = new Random(20220502);
        for (int i = 0; i < 2_000; i++) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(6 * 365));
            int n = 1 + random.nextInt(30);
            LocalDate later = FinnishCalendar.addWorkingDays(day, n);

            assertThat(FinnishCalendar.isWorkingDay(later)).isTrue();
            assertThat(FinnishCalendar.workingDaysBetween(day, later)).isEqualTo(n);
            assertThat(FinnishCalendar.workingDaysBetween(day, later.minusDays(1)))
                    .isEqualTo(n - 1);
        }
    }

    @Test
    void movesATimeLimitEndingOnADayOffToTheNextWorkingDay() {
        // Act 150/1930 § 5: Christmas Eve 2021 is a Friday; the 25th and 26th fall on the weekend.
        assertThat(FinnishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2021, 12, 24)))
                .isEqualTo(LocalDate.of(2021, 12, 27));
        assertThat(FinnishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 6, 24)))
                .isEqualTo(LocalDate.of(2022, 6, 27));
        assertThat(FinnishCalendar.nextWorkingDayOnOrAfter(LocalDate.of(2022, 6, 23)))
                .isEqualTo(LocalDate.of(2022, 6, 23));
        assertThat(FinnishCalendar.previousWorkingDayOnOrBefore(LocalDate.of(2022, 12, 26)))
                .isEqualTo(LocalDate.of(2022, 12, 23));
    }

    @Test
    void refusesYearsBeforeThePresentRulesRatherThanAnsweringWrongly() {
        // 1973–1991 Epiphany and Ascension Day were kept on Saturdays.
        assertThatThrownBy(() -> FinnishCalendar.holidays(1991)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinnishCalendar.isWorkingDay(LocalDate.of(1985, 1, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersForFarFutureYearsToo() {
        assertThat(FinnishCalendar.holidays(9999)).hasSize(15);
        assertThat(byHoliday(2400).get(PublicHoliday.MIDSUMMER_EVE).getMonth()).isEqualTo(Month.JUNE);
    }

    private static Map<PublicHoliday, LocalDate> byHoliday(int year) {
        List<Holiday> holidays = FinnishCalendar.holidays(year);
        Map<PublicHoliday, LocalDate> days = new EnumMap<>(PublicHoliday.class);
        holidays.forEach(holiday -> days.put(holiday.holiday(), holiday.date()));
        assertThat(holidays).hasSize(days.size());
        return days;
    }

    private static LocalDate gaussEaster(int year) {
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * (year % 19) + m) % 30;
        int e = (2 * (year % 4) + 4 * (year % 7) + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return LocalDate.of(year, 3, 22).plusDays(d + e);
    }
}
