package fi.kuntakokeilu.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An interview or discussion a customer is due, and where it stands today.
 *
 * @param scheduled true when the schedule of the rule regime put it there, false when staff did
 * @param status null once held or cancelled
 * @param cancelledAt when it was cancelled, null while it stands; a cancelled appointment is off the
 *     worklists and can no longer change
 * @param cancellationReason why it was cancelled, null while it stands
 */
public record AppointmentView(
        long id,
        long jobSeekerId,
        InterviewKind kind,
        int sequence,
        RuleRegime regime,
        LocalDate dueOn,
        LocalDate heldOn,
        boolean scheduled,
        DeadlineStatus status,
        long version,
        Instant cancelledAt,
        String cancellationReason) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
