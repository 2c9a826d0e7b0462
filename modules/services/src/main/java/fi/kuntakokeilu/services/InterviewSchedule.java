package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The meetings a job seeker is due up to a horizon, in order of due date.
 *
 * @param jobSearchStart the day the job search (registration) began
 * @param horizon the last due date included
 * @param interviews the meetings due on or before the horizon, ordered by due date
 * @param intensivePeriods the Nordic intensive periods that start on or before the horizon
 */
public record InterviewSchedule(
        LocalDate jobSearchStart,
        LocalDate horizon,
        List<ScheduledInterview> interviews,
        List<IntensivePeriod> intensivePeriods) {

    public InterviewSchedule {
        Objects.requireNonNull(jobSearchStart, "jobSearchStart");
        Objects.requireNonNull(horizon, "horizon");
        interviews = List.copyOf(interviews);
        intensivePeriods = List.copyOf(intensivePeriods);
    }

    /** The meetings of one kind, in order. */
    public List<ScheduledInterview> ofKind(InterviewKind kind) {
        return interviews.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The intensive period an intensive-period discussion belongs to. */
    public Optional<IntensivePeriod> periodOf(ScheduledInterview interview) {
        if (interview.kind() != InterviewKind.INTENSIVE_PERIOD_DISCUSSION) {
            return Optional.empty();
        }
        return intensivePeriods.stream()
                .filter(p -> p.contains(interview.dueDate()))
                .findFirst();
    }
}
