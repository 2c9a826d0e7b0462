package fi.kuntakokeilu.services;

import java.time.LocalDate;

/**
 * One thing to do for one customer, with its deadline.
 *
 * @param subjectId the appointment, plan, statement, transfer order or service period concerned;
 *     null for an initial interview not yet booked
 * @param detail what exactly: the interview kind, the service code, the statement kind
 */
public record WorklistItem(
        WorklistKind kind,
        long jobSeekerId,
        String firstName,
        String lastName,
        Long subjectId,
        String detail,
        LocalDate dueDate,
        DeadlineStatus status,
        long daysLeft) {}
