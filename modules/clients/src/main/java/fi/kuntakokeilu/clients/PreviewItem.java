package fi.kuntakokeilu.clients;

import java.util.List;

/** One person a run transfers (or, dry, would transfer), for the receiving body's list. */
public record PreviewItem(
        long jobSeekerId,
        String firstName,
        String lastName,
        ResponsibleBody from,
        ResponsibleBody to,
        LegalBasis legalBasis,
        Integer ruleVersion,
        List<Criterion> matchedCriteria) {

    public PreviewItem {
        matchedCriteria = List.copyOf(matchedCriteria);
    }
}
