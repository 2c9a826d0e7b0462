package fi.kuntakokeilu.services;

import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import java.time.LocalDate;
import java.util.List;

/**
 * The work a body's staff have waiting: counts per kind (of every item, whichever kind and page was
 * asked for) and one page of items, earliest deadline first.
 */
public record Worklist(ResponsibleBody body, LocalDate today, List<WorklistCount> counts, Page<WorklistItem> items) {

    public Worklist {
        counts = List.copyOf(counts);
    }
}
