package fi.kuntakokeilu.services;

import java.time.LocalDate;

/**
 * An interview or discussion a customer is due, and where it stands today.
 *
 * @param scheduled true when the schedule of the rule regime put it there, false when staff did
 * @param status null once held
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
        long version) {}
