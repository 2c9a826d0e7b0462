package fi.kuntakokeilu.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assignment of a responsible caseworker, as recorded: never changed afterwards.
 *
 * @param sequence the assignment's number for the customer (1, 2, ...), also the version it made
 * @param areaKey the trial area in which the caseworker was responsible
 * @param caseworker the staff account
 * @param since the day the caseworker became responsible
 * @param until the day the next assignment took over (exclusive), null for the latest
 * @param assignedBy who recorded it, and when
 */
public record CaseworkerAssignmentView(
        int sequence,
        String areaKey,
        String caseworker,
        LocalDate since,
        LocalDate until,
        String assignedBy,
        Instant assignedAt) {}
