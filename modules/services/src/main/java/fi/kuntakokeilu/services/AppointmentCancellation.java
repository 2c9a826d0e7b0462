package fi.kuntakokeilu.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A caseworker calls off an appointment: why, and the version of the appointment they read (a
 * stale one is refused, 409). The appointment stays in the case history as cancelled.
 */
public record AppointmentCancellation(
        @NotBlank @Size(max = 500) String reason, @NotNull Long version) {}
