package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.KeepRequest;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderStatus;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.TransferView;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger.OrderRecord;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger.TransferRecord;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Transfers of one person at a time: re-evaluation after a change (event-driven), carrying out an
 * entry order, keeping a customer at the office, discretionary returns and placements with the
 * receiving area's consent (Act 1269/2020 § 5). Custody is read with a row lock, so a person is
 * never moved by two transactions at once.
 */
@ApplicationScoped
public class Transfers {

    private static final Logger LOG = Logger.getLogger(Transfers.class.getName());

    @Inject
    JpaJobSeekerStore store;

    @Inject
    JdbcCustodyLedger ledger;

    protected Transfers() {}

    public Transfers(JpaJobSeekerStore store, JdbcCustodyLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /**
     * Evaluates a person on the day of a change and does what the planner says: an entry order for
     * a person entering the target group, a move or a return at once, or nothing.
     */
    public JdbcCustodyLedger.Written reevaluate(
            JobSeeker person, LocalDate day, TransferContext context, String actor) {
        store.flush();
        Custody custody = ledger.custody(person.id(), true).orElseThrow();
        Optional<JobSeekerFacts> facts = store.factsOn(person, day);
        if (facts.isEmpty()) {
            return new JdbcCustodyLedger.Written(List.of(), List.of());
        }
        Decision decision = context.rules().decide(facts.get(), day, context.areas());
        Plan plan = context.planner().plan(custody, facts.get(), decision, Trigger.EVENT);
        return ledger.apply(List.of(plan), Trigger.EVENT, actor, null);
    }

    /**
     * Carries out an entry order, effective on its deadline or today, whichever is earlier: the
     * transfer is due within 7 days of the change (Act 1269/2020 § 5), so a late carrying-out still
     * takes effect by the deadline.
     */
    public TransferView carryOut(TransferOrderView order, LocalDate today, String actor) {
        requireOpen(order, TransferOrderKind.ENTRY);
        Custody custody = custodyAt(order);
        LocalDate effective = today.isBefore(order.deadline()) ? today : order.deadline();
        if (effective.isBefore(custody.since())) {
            effective = custody.since();
        }
        TransferRecord record = new TransferRecord(
                order.jobSeekerId(),
                order.from(),
                order.to(),
                effective,
                LegalBasis.ENTERED_TARGET_GROUP,
                null,
                null,
                order.ruleVersion(),
                Decision.criteriaText(order.matchedCriteria()),
                order.id());
        return complete(order, record, actor);
    }

    /**
     * Carries out every entry order whose deadline has come (the daily job), a person at a time;
     * an order whose person is no longer where it found them is cancelled instead.
     *
     * @return the job seekers transferred
     */
    public List<Long> carryOutDue(LocalDate today, String actor) {
        List<Long> done = new java.util.ArrayList<>();
        for (long id : ledger.dueEntryOrders(today, 10_000)) {
            Optional<TransferOrderView> order = ledger.order(id, true);
            if (order.isEmpty() || order.get().status() != TransferOrderStatus.PENDING) {
                continue;
            }
            Custody custody = ledger.custody(order.get().jobSeekerId(), true).orElseThrow();
            if (!custody.body().equals(order.get().from())) {
                ledger.resolve(id, TransferOrderStatus.CANCELLED, actor, "custody changed before the deadline", null);
                continue;
            }
            carryOut(order.get(), today, actor);
            done.add(order.get().jobSeekerId());
        }
        if (!done.isEmpty()) {
            LOG.info("Carried out " + done.size() + " entry orders due by " + today);
        }
        return done;
    }

    /** The office keeps a customer who entered the target group (from 1.6.2021, Act 1269/2020 § 5). */
    public TransferOrderView keep(TransferOrderView order, KeepRequest request, RuleSettings settings, String actor) {
        requireOpen(order, TransferOrderKind.ENTRY);
        requireExplanation(request.reason(), request.explanation());
        if (order.changeDate().isBefore(settings.discretionFrom())) {
            throw InvalidInputException.of("reason", "clients.discretion.notYet", settings.discretionFrom());
        }
        Custody custody = custodyAt(order);
        ledger.holdByDiscretion(custody.jobSeekerId(), request.reason());
        String note = request.reason() + (request.explanation() == null ? "" : ": " + request.explanation());
        ledger.resolve(order.id(), TransferOrderStatus.KEPT, actor, note, null);
        return ledger.order(order.id(), false).orElseThrow();
    }

    /**
     * A discretionary transfer: a return to the office of the home municipality's region at once,
     * or a placement in another trial area, which becomes a consent order for that area.
     *
     * @return the transfer made, or empty when a consent order now waits
     */
    public Optional<TransferView> onDiscretion(
            JobSeeker person, DiscretionaryTransferRequest request, TransferContext context, String actor) {
        store.flush();
        LocalDate day = request.effectiveDate();
        requireExplanation(request.reason(), request.explanation());
        if (day.isBefore(context.settings().discretionFrom())) {
            throw InvalidInputException.of(
                    "effectiveDate",
                    "clients.discretion.notYet",
                    context.settings().discretionFrom());
        }
        Custody custody = ledger.custody(person.id(), true).orElseThrow();
        if (day.isBefore(custody.since())) {
            throw InvalidInputException.of("effectiveDate", "clients.transfer.beforeCustody", custody.since());
        }
        JobSeekerFacts facts = store.factsOn(person, day)
                .orElseThrow(() -> InvalidInputException.of("effectiveDate", "clients.situation.beforeRegistration"));
        Decision decision = context.rules().decide(facts, day, context.areas());
        if (request.to().isOffice()) {
            if (custody.body().isOffice()) {
                throw InvalidInputException.of("to", "clients.discretion.alreadyAtOffice");
            }
            String office = context.areas()
                    .officeOf(MunicipalityCode.of(facts.homeMunicipality()))
                    .orElseThrow(() -> InvalidInputException.of("to", "clients.homeMunicipality.noOffice"));
            TransferRecord record = new TransferRecord(
                    person.id(),
                    custody.body(),
                    ResponsibleBody.office(office),
                    day,
                    LegalBasis.DISCRETIONARY_RETURN,
                    request.reason(),
                    request.explanation(),
                    decision.ruleVersion(),
                    decision.criteriaText(),
                    null);
            ledger.transfer(List.of(record), actor, null);
            return ledger.transfer(person.id(), day, LegalBasis.DISCRETIONARY_RETURN);
        }
        String area = request.to().key();
        if (area == null || !context.calendar().isKnown(area)) {
            throw InvalidInputException.of("to.key", "clients.trialArea.unknown", area);
        }
        if (!context.calendar().runsOn(area, day)) {
            throw InvalidInputException.of("to.key", "clients.trialArea.notRunning", area, day);
        }
        if (custody.body().equals(request.to()) || area.equals(decision.area())) {
            throw InvalidInputException.of("to.key", "clients.discretion.homeArea", area);
        }
        if (!decision.inTargetGroup()) {
            throw InvalidInputException.of("to", "clients.discretion.notInTargetGroup");
        }
        ledger.insertOrders(
                List.of(new OrderRecord(
                        person.id(),
                        TransferOrderKind.CONSENT,
                        custody.body(),
                        request.to(),
                        day,
                        null,
                        decision.ruleVersion(),
                        decision.criteriaText(),
                        request.reason(),
                        request.explanation())),
                actor);
        return Optional.empty();
    }

    /** The receiving area consents: the customer moves, held there by the discretionary reason. */
    public TransferView accept(TransferOrderView order, String actor) {
        requireOpen(order, TransferOrderKind.CONSENT);
        Custody custody = custodyAt(order);
        LocalDate day = order.changeDate().isBefore(custody.since()) ? custody.since() : order.changeDate();
        TransferRecord record = new TransferRecord(
                order.jobSeekerId(),
                order.from(),
                order.to(),
                day,
                LegalBasis.DISCRETIONARY_RETURN,
                order.discretionaryReason(),
                order.explanation(),
                order.ruleVersion(),
                Decision.criteriaText(order.matchedCriteria()),
                order.id());
        return complete(order, record, actor);
    }

    public TransferOrderView reject(TransferOrderView order, String explanation, String actor) {
        requireOpen(order, TransferOrderKind.CONSENT);
        ledger.resolve(order.id(), TransferOrderStatus.REJECTED, actor, explanation, null);
        return ledger.order(order.id(), false).orElseThrow();
    }

    private TransferView complete(TransferOrderView order, TransferRecord record, String actor) {
        List<TransferRecord> written = ledger.transfer(List.of(record), actor, null);
        if (written.isEmpty()) {
            throw new ConflictException("transfer-recorded", "clients.transfer.alreadyRecorded", order.jobSeekerId());
        }
        TransferView transfer = ledger.transfer(record.jobSeekerId(), record.effectiveDate(), record.basis())
                .orElseThrow();
        ledger.resolve(order.id(), TransferOrderStatus.CARRIED_OUT, actor, null, transfer.id());
        return transfer;
    }

    private Custody custodyAt(TransferOrderView order) {
        Custody custody = ledger.custody(order.jobSeekerId(), true).orElseThrow();
        if (!custody.body().equals(order.from())) {
            throw new ConflictException("custody-changed", "clients.transfer.custodyChanged", order.id());
        }
        return custody;
    }

    private static void requireOpen(TransferOrderView order, TransferOrderKind kind) {
        if (order.kind() != kind || !order.status().isOpen()) {
            throw new ConflictException("order-closed", "clients.transferOrder.notOpen", order.id(), order.status());
        }
    }

    private static void requireExplanation(DiscretionaryReason reason, String explanation) {
        if (reason == DiscretionaryReason.OTHER_JUSTIFIED_REASON && (explanation == null || explanation.isBlank())) {
            throw InvalidInputException.of("explanation", "clients.discretion.explain");
        }
    }
}
