package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.audit.AuditEntry;
import fi.kuntakokeilu.platform.identity.ValidPersonalIdentityCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The clients API: the registry of job seekers, who is responsible for them, and every transfer
 * between employment offices and trial areas.
 *
 * <p>Who sees whom: caseworkers and area managers see the customers their trial areas are
 * responsible for now, office staff their office's customers, administrators everyone. A job seeker
 * out of the caller's scope answers exactly like one that does not exist (404). Evaluators may call
 * nothing here (403): they work with aggregates elsewhere. Every read and change of a job seeker
 * leaves an audit row in the same transaction.
 */
public interface Clients {

    /**
     * Registers a job seeker (administrators and office staff). The office of the home
     * municipality's region is responsible at first; a person in the target group of a running
     * trial gets an entry order, carried out within 7 days.
     *
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when the identity code is registered
     * @throws fi.kuntakokeilu.platform.problem.InvalidInputException naming each field at fault
     */
    JobSeekerView register(@NotNull @Valid JobSeekerRequest request);

    /** @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when missing or out of scope */
    JobSeekerView jobSeeker(long id);

    /**
     * Job seekers in the caller's scope: by identity code (at most one), by name (every word must
     * begin a first or last name), or all of them, ordered by name.
     */
    Page<JobSeekerSummary> search(
            @ValidPersonalIdentityCode String personalIdentityCode,
            @Size(min = 2, max = 100) String q,
            @Min(0) int page,
            @Min(1) @Max(100) int size);

    /**
     * Break-glass: an area manager opens a customer outside their areas' scope, giving a written
     * reason. The opening is audited as such and listed for an administrator's review; it grants
     * nothing beyond this one read. Only area managers break glass: administrators see everyone
     * already, and caseworkers ask their manager.
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when there is no such person
     */
    JobSeekerView openOutsideScope(long id, @NotNull @Valid BreakGlassRequest request);

    /**
     * A data subject's access report (GDPR Art. 15): who read or changed the person's data, when and
     * why (administrators).
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when the code is not registered
     */
    AccessReport accessReport(@NotNull @Valid AccessReportRequest request);

    /**
     * Who read or changed a customer's record, the newest first: every row of the audit trail about
     * the person (time, staff account and role, action). For area managers, and only for the
     * customers their areas are responsible for now; the reading of the list is itself audited.
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when the person is missing or
     *     out of the caller's scope
     */
    List<AuditEntry> recordViewers(long id);

    /** Records a change from a day on and re-evaluates the person on that day. */
    JobSeekerView changeSituation(long id, @NotNull @Valid SituationChangeRequest request);

    /**
     * Open transfer orders the caller must act on: office staff the entry orders of their office's
     * customers, area managers the consent requests to their areas, administrators all.
     */
    List<TransferOrderView> pendingTransfers();

    /** Office staff carry out an entry order at once, before its deadline. */
    TransferView carryOut(long orderId);

    /** Office staff keep a customer who entered the target group, on discretionary grounds. */
    TransferOrderView keep(long orderId, @NotNull @Valid KeepRequest request);

    /**
     * Returns a customer to the office, or offers them to another trial area (which must consent).
     * Returns the transfer made, or the order awaiting consent, as a view of the person.
     */
    JobSeekerView transferOnDiscretion(long jobSeekerId, @NotNull @Valid DiscretionaryTransferRequest request);

    /** The receiving area's manager takes the customer offered. */
    TransferView acceptConsent(long orderId);

    /** The receiving area's manager refuses the customer offered, saying why. */
    TransferOrderView rejectConsent(long orderId, @NotNull @Valid ConsentRejection rejection);

    /** Records that the customer or the receiving body has been told of a transfer. */
    TransferView markNotified(long transferId, @NotNull @Valid NotificationRequest request);

    /**
     * Starts a bulk transfer run as a batch job (administrators; area managers for their own area
     * only, and must name it).
     */
    TransferRunView startTransferRun(@NotNull @Valid TransferRunRequest request);

    TransferRunView transferRun(long id);

    /**
     * Restarts a run from its last checkpoint: a failed one, or an unfinished one (interrupted
     * included) that has been silent longer than the heartbeat timeout; the watchdog restarts those
     * by itself (docs/operations.md, "Singleton work").
     */
    TransferRunView restartTransferRun(long id);

    /** Whom a run transfers (or would), by receiving body. */
    Page<PreviewItem> transferRunPreview(
            long id,
            BodyType receivingType,
            @Size(max = 60) String receivingKey,
            @Min(0) int page,
            @Min(1) @Max(500) int size);

    /** Every version of the target-group rule, oldest first, with its days and criteria (administrators). */
    java.util.List<TargetGroupRuleView> targetGroupRules();

    /**
     * Imports an employment-office customer extract (docs/import-format.md), streamed: good rows are
     * kept, every bad row is reported (administrators).
     */
    ImportReport importJobSeekers(@NotNull InputStream csv, Locale language);

    /**
     * Starts importing an extract in the background (administrators): the file is stored and its
     * header checked (a bad header is refused here, 400), then a batch job reads it. Answers at once
     * with the running import, whose {@link ImportReport#lines()} of {@link ImportReport#totalLines()}
     * grows as chunks commit; {@link #importReport} follows it to its end.
     */
    ImportReport startImport(@NotNull InputStream csv, Locale language);

    ImportReport importReport(long id, Locale language);

    Page<ImportRowError> importErrors(long id, @Min(0) int page, @Min(1) @Max(1000) int size, Locale language);

    /** A dry run of the retention rules for today: what the nightly job would remove (administrators). */
    RetentionReport retentionPreview();

    /**
     * Applies the retention rules now, as the nightly job does (administrators).
     *
     * @throws fi.kuntakokeilu.platform.problem.InvalidInputException when the request does not name today
     */
    RetentionReport applyRetention(@NotNull @Valid RetentionRunRequest request);
}
