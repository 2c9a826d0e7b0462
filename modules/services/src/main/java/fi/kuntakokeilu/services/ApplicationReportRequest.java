package fi.kuntakokeilu.services;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * The job applications a customer reports for a calendar month; a later report for the same month
 * replaces the number.
 *
 * @param month any day of the month
 */
public record ApplicationReportRequest(
        @NotNull @PastOrPresent LocalDate month,
        @NotNull @Min(0) @Max(500) Integer applications) {}
