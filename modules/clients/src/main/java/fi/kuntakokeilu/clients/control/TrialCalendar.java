package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.organisations.TrialAreaView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** When each trial area's trial started and ended, for telling a start or an end from a move. */
public final class TrialCalendar {

    /** An area's trial period (inclusive; open when {@code endsOn} is null). */
    public record Period(LocalDate startsOn, LocalDate endsOn) {}

    private final Map<String, Period> periods;

    public TrialCalendar(Map<String, Period> periods) {
        this.periods = Map.copyOf(periods);
    }

    public static TrialCalendar of(Collection<TrialAreaView> areas) {
        return new TrialCalendar(areas.stream()
                .collect(Collectors.toMap(TrialAreaView::key, area -> new Period(area.startsOn(), area.endsOn()))));
    }

    public boolean isKnown(String area) {
        return periods.containsKey(area);
    }

    /** The area's trial runs on this day. */
    public boolean runsOn(String area, LocalDate day) {
        Period period = periods.get(area);
        return period != null
                && !day.isBefore(period.startsOn())
                && (period.endsOn() == null || !day.isAfter(period.endsOn()));
    }

    /** The area's trial starts on this very day. */
    public boolean startsOn(String area, LocalDate day) {
        Period period = periods.get(area);
        return period != null && period.startsOn().equals(day);
    }

    /** The area's trial ended before this day. */
    public boolean endedBefore(String area, LocalDate day) {
        Period period = periods.get(area);
        return period != null && period.endsOn() != null && day.isAfter(period.endsOn());
    }
}
