package fi.kuntakokeilu.services;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * An interview or discussion staff book, or a change to one: a new due date, or the day it was held.
 *
 * @param kind required for a new appointment; may not change
 * @param version on a change, the version read; a stale one is refused (409)
 */
public record AppointmentRequest(
        InterviewKind kind,
        @NotNull LocalDate dueOn,
        @PastOrPresent LocalDate heldOn,
        Long version) {}
