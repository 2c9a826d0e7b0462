package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.ResponsibleBody;
import java.time.LocalDate;

/**
 * Who is responsible for a customer now, since when, and whether by a discretionary decision
 * (kept at the office or placed by consent), which the rules then leave alone until the person
 * moves or the trial ends.
 */
public record Custody(long jobSeekerId, ResponsibleBody body, LocalDate since, DiscretionaryReason discretion) {

    public boolean heldByDiscretion() {
        return discretion != null;
    }
}
