package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/**
 * A person became a job seeker of the system (registered by staff or imported). Fired in the
 * registering transaction; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * to hear only of registrations that were committed.
 */
public record JobSeekerRegistered(
        long jobSeekerId, LocalDate registeredOn, String homeMunicipality, ResponsibleBody responsibleBody) {}
