package fi.kuntakokeilu.services;

import java.time.Instant;
import java.time.LocalDate;

/** The applications reported for a month (the month's first day). */
public record ApplicationReportView(LocalDate month, int applications, String recordedBy, Instant recordedAt) {}
