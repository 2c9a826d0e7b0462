package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.WorkSituation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a plan, whole and never changed: what was agreed on a day, by which body, under
 * which rule regime, with the job-application obligation as the rules resolved it and the day of the
 * next review.
 */
@Entity
@Table(name = "svc_plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    private LocalDate agreedOn;

    @Column(name = "review_due", nullable = false, updatable = false)
    private LocalDate reviewDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "made_by_type", nullable = false, updatable = false)
    private BodyType madeByType;

    @Column(name = "made_by_key", nullable = false, updatable = false)
    private String madeByKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RuleRegime regime;

    @Column(name = "agreed_actions", nullable = false, updatable = false)
    private String agreedActions;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_situation", updatable = false)
    private WorkSituation workSituation;

    @Column(name = "layoff_started_on", updatable = false)
    private LocalDate layoffStartedOn;

    @Column(name = "applications_per_period", updatable = false)
    private Integer applicationsPerPeriod;

    @Column(name = "period_months", updatable = false)
    private Integer periodMonths;

    @Column(name = "obligation_starts_on", updatable = false)
    private LocalDate obligationStartsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation_basis", updatable = false)
    private ApplicationRequirement.Basis obligationBasis;

    @Column(name = "reduction_reason", updatable = false)
    private String reductionReason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PlanVersion() {}

    public PlanVersion(
            Plan plan,
            int versionNumber,
            LocalDate agreedOn,
            LocalDate reviewDue,
            BodyType madeByType,
            String madeByKey,
            RuleRegime regime,
            String agreedActions,
            WorkSituation workSituation,
            LocalDate layoffStartedOn,
            ApplicationRequirement requirement,
            String recordedBy,
            Instant recordedAt) {
        this.planId = plan.id();
        this.jobSeekerId = plan.jobSeekerId();
        this.versionNumber = versionNumber;
        this.agreedOn = agreedOn;
        this.reviewDue = reviewDue;
        this.madeByType = madeByType;
        this.madeByKey = madeByKey;
        this.regime = regime;
        this.agreedActions = agreedActions;
        this.workSituation = workSituation;
        this.layoffStartedOn = layoffStartedOn;
        if (requirement != null) {
            this.applicationsPerPeriod = requirement.applications();
            this.periodMonths = requirement.periodMonths();
            this.obligationStartsOn = requirement.startsOn();
            this.obligationBasis = requirement.basis();
            this.reductionReason = requirement.reductionReason();
        }
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The job-application obligation of this version; null when it sets none (before 2.5.2022). */
    public ApplicationRequirement requirement() {
        if (applicationsPerPeriod == null) {
            return null;
        }
        return new ApplicationRequirement(
                applicationsPerPeriod, periodMonths, obligationStartsOn, obligationBasis, reductionReason);
    }

    public long id() {
        return id;
    }

    public long planId() {
        return planId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    public BodyType madeByType() {
        return madeByType;
    }

    public String madeByKey() {
        return madeByKey;
    }

    public RuleRegime regime() {
        return regime;
    }

    public String agreedActions() {
        return agreedActions;
    }

    public WorkSituation workSituation() {
        return workSituation;
    }

    public LocalDate layoffStartedOn() {
        return layoffStartedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
