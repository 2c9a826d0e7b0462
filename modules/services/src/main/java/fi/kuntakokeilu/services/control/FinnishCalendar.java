package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.services.Holiday;
import fi.kuntakokeilu.services.PublicHoliday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finnish public holidays and working days, computed for any year from 1992 on, with no tables.
 *
 * <p>A <b>working day</b> is a Monday to Friday that is none of the {@link PublicHoliday}s. That
 * includes Midsummer Eve and Christmas Eve as days off: employment services are closed on them, and
 * the Act on the Calculation of Time Limits (150/1930) § 5 treats them, with Sundays and holidays,
 * May Day, Independence Day and Saturdays, as days on which a time limit cannot end.
 *
 * <p>Easter follows the Gregorian computus (the "anonymous" algorithm published by Meeus); the other
 * movable days follow from Easter or are the weekday that falls in a fixed week. The rules are those
 * in force since 1992. Before that Epiphany and Ascension Day were kept on Saturdays (1973–1991), so
 * earlier years are refused rather than answered wrongly.
 */
public final class FinnishCalendar {

    /** The first year the present rules describe. */
    public static final int FIRST_YEAR = 1992;

    private static final Map<Integer, List<Holiday>> HOLIDAYS = new ConcurrentHashMap<>();
    private static final Map<Integer, Set<LocalDate>> DAYS_OFF = new ConcurrentHashMap<>();

    private FinnishCalendar() {}

    /** Easter Sunday of a year by the Gregorian computus. */
    public static LocalDate easterSunday(int year) {
        requireSupported(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /** The holidays of a year in date order (two can share a day: May Day and Ascension Day in 2008). */
    public static List<Holiday> holidays(int year) {
        requireSupported(year);
        return HOLIDAYS.computeIfAbsent(year, FinnishCalendar::compute);
    }

    /** The holidays that fall on a day; usually none, rarely two. */
    public static List<Holiday> holidaysOn(LocalDate date) {
        return holidays(date.getYear()).stream()
                .filter(holiday -> holiday.date().equals(date))
                .toList();
    }

    public static boolean isHoliday(LocalDate date) {
        return daysOff(date.getYear()).contains(date);
    }

    /** Monday to Friday, and no holiday or eve. */
    public static boolean isWorkingDay(LocalDate date) {
        requireSupported(date.getYear());
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The n-th working day after a date when n is positive ({@code addWorkingDays(thursday, 1)} is
     * Friday, or the next working day if Friday is a holiday), the n-th working day before it when n
     * is negative, and the date itself when n is 0. The starting day itself is never counted.
     */
    public static LocalDate addWorkingDays(LocalDate date, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate day = date;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The day itself if it is a working day, else the next working day: where a time limit that ends
     * on a weekend, holiday or eve really ends (Act on the Calculation of Time Limits 150/1930 § 5).
     */
    public static LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The day itself if it is a working day, else the working day before it. */
    public static LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static Set<LocalDate> daysOff(int year) {
        return DAYS_OFF.computeIfAbsent(
                year, y -> holidays(y).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet()));
    }

    private static List<Holiday> compute(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate allSaints = LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<Holiday> holidays = new ArrayList<>(List.of(
                fixed(year, 1, 1, PublicHoliday.NEW_YEARS_DAY),
                fixed(year, 1, 6, PublicHoliday.EPIPHANY),
                new Holiday(easter.minusDays(2), PublicHoliday.GOOD_FRIDAY),
                new Holiday(easter, PublicHoliday.EASTER_SUNDAY),
                new Holiday(easter.plusDays(1), PublicHoliday.EASTER_MONDAY),
                fixed(year, 5, 1, PublicHoliday.MAY_DAY),
                new Holiday(easter.plusDays(39), PublicHoliday.ASCENSION_DAY),
                new Holiday(easter.plusDays(49), PublicHoliday.WHIT_SUNDAY),
                new Holiday(midsummerEve, PublicHoliday.MIDSUMMER_EVE),
                new Holiday(midsummerEve.plusDays(1), PublicHoliday.MIDSUMMER_DAY),
                new Holiday(allSaints, PublicHoliday.ALL_SAINTS_DAY),
                fixed(year, 12, 6, PublicHoliday.INDEPENDENCE_DAY),
                fixed(year, 12, 24, PublicHoliday.CHRISTMAS_EVE),
                fixed(year, 12, 25, PublicHoliday.CHRISTMAS_DAY),
                fixed(year, 12, 26, PublicHoliday.BOXING_DAY)));
        holidays.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::holiday));
        return List.copyOf(holidays);
    }

    private static Holiday fixed(int year, int month, int day, PublicHoliday holiday) {
        return new Holiday(MonthDay.of(month, day).atYear(year), holiday);
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException(
                    "Finnish holidays follow the present rules only from " + FIRST_YEAR + "; asked for " + year);
        }
    }
}
