package fi.kuntakokeilu.clients;

import java.util.Map;

/**
 * What a run transferred (a dry run: would transfer): in all, by receiving trial area, by receiving
 * office (returns), by legal basis, and by matched criterion (one person may match several).
 */
public record TransferCounts(
        long total,
        Map<String, Long> byArea,
        Map<String, Long> byOffice,
        Map<String, Long> byBasis,
        Map<String, Long> byCriterion) {

    public TransferCounts {
        byArea = Map.copyOf(byArea);
        byOffice = Map.copyOf(byOffice);
        byBasis = Map.copyOf(byBasis);
        byCriterion = Map.copyOf(byCriterion);
    }
}
