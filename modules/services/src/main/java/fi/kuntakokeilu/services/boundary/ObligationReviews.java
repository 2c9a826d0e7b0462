package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.clients.Caseloads;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.services.StatementView;
import fi.kuntakokeilu.services.control.CaseFile;
import fi.kuntakokeilu.services.control.NightlyClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reviews the job-application obligation of every customer of one body, as the system, in a
 * transaction of its own: each neglected period without a reminder or statement gets one (see {@link
 * CaseFile#reviewObligation}). A customer who reports nothing is caught here, not only one who
 * reports too few.
 */
@ApplicationScoped
public class ObligationReviews {

    @Inject
    Caseloads caseloads;

    @Inject
    CaseFile file;

    @Inject
    AuditTrail audit;

    @Inject
    NightlyClaims claims;

    @Inject
    Clock clock;

    /**
     * Claims tonight's review for this instance, in a transaction that commits at once: of the
     * instances of a cluster, whose timers all fire, only the first reviews.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claimTonight() {
        return claims.claim(
                NightlyClaims.OBLIGATION_REVIEW,
                LocalDate.now(clock),
                ManagementFactory.getRuntimeMXBean().getName(),
                clock.instant());
    }

    /** Returns how many reminders and statements were made. */
    @Transactional(TxType.REQUIRES_NEW)
    public int review(ResponsibleBody body) {
        Set<Long> underObligation = file.customersUnderObligation();
        List<String> reviewed = new ArrayList<>();
        int made = 0;
        for (CustomerInCare customer : caseloads.customersOf(Caller.SYSTEM, body)) {
            if (underObligation.contains(customer.jobSeekerId())) {
                List<StatementView> statements = file.reviewObligation(customer);
                if (!statements.isEmpty()) {
                    made += statements.size();
                    reviewed.add(String.valueOf(customer.jobSeekerId()));
                }
            }
        }
        audit.recordAll(Caller.SYSTEM, AuditAction.UPDATE, "job-seeker", reviewed, "job-application obligation review");
        return made;
    }
}
