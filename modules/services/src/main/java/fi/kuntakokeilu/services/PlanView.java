package fi.kuntakokeilu.services;

import fi.kuntakokeilu.clients.ResponsibleBody;

/**
 * A plan with its latest version.
 *
 * @param origin the body that made the plan's first version
 * @param inherited true while the latest version was made by another body than the one responsible
 *     for the customer now: an employment office's plan stays binding after a transfer until the
 *     receiving area reviews it (a new version made by the area ends the inheritance)
 * @param version the latest version's number: send it back with an update
 */
public record PlanView(
        long id,
        long jobSeekerId,
        PlanKind kind,
        ResponsibleBody origin,
        boolean inherited,
        int version,
        PlanVersionView current) {}
