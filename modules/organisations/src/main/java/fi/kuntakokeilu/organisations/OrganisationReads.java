package fi.kuntakokeilu.organisations;

import java.util.List;

/**
 * The reads of {@link Organisations} that bulk work takes once for a whole run (the trial areas
 * with their periods, the {@link AreaMap}), without the facade's transactional interceptor: they
 * join the caller's transaction, or read outside one. Nothing here is personal.
 *
 * <p>For Jakarta Batch chunks, which must not call a shared {@code @Transactional} bean: Payara's
 * interceptor keeps the calling thread's "may use UserTransaction" state in a field that every
 * thread calling an {@code @ApplicationScoped} bean shares, so a chunk can be handed back a
 * request's "not allowed" and the batch runtime's commit of the chunk then fails
 * (docs/operations.md, "Proving it: the fault tests"). Requests keep {@link Organisations}.
 */
public interface OrganisationReads {

    /** As {@link Organisations#trialAreas()}. */
    List<TrialAreaView> trialAreas();

    /** As {@link Organisations#areaMap()}. */
    AreaMap areaMap();
}
