package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting that the schedule of a job seeker requires, and the last day on which it is on time.
 *
 * @param regime the rules that require it
 * @param kind what kind of meeting
 * @param sequence its running number among the meetings of the same kind in the schedule, from 1
 *     (job-search discussion 3, intensive-period discussion 4 = the second of the second period)
 * @param dueDate the last day on which it is on time; always a working day
 */
public record ScheduledInterview(RuleRegime regime, InterviewKind kind, int sequence, LocalDate dueDate) {

    public ScheduledInterview {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts from 1: " + sequence);
        }
    }
}
