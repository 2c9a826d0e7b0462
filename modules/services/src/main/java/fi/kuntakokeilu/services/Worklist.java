package fi.kuntakokeilu.services;

import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import java.time.LocalDate;
import java.util.List;

/**
 * The work a body's staff have waiting: counts per kind (of every item, whichever kind and page was
 * asked for) and one page of items, earliest deadline first.
 *
 * @param caseworker when the list is one caseworker's within the area: the account (only the
 *     customers they are responsible for); null for the whole area or office
 */
public record Worklist(
        ResponsibleBody body,
        LocalDate today,
        List<WorklistCount> counts,
        Page<WorklistItem> items,
        String caseworker) {

    public Worklist {
        counts = List.copyOf(counts);
    }
}
