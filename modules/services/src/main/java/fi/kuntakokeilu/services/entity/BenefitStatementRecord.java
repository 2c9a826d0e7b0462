package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.services.BenefitPayer;
import fi.kuntakokeilu.services.BenefitType;
import fi.kuntakokeilu.services.NeglectConsequence;
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
 * What one neglected review period of the job-application obligation led to: a reminder to the
 * customer, or a benefit statement to Kela or the unemployment fund, with its generated text. Until
 * {@code sentAt} is set it waits on the worklist as an obligation follow-up.
 */
@Entity
@Table(name = "svc_benefit_statement")
public class BenefitStatementRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "required_count", nullable = false, updatable = false)
    private int required;

    @Column(name = "reported_count", nullable = false, updatable = false)
    private int reported;

    @Column(name = "neglect_number", nullable = false, updatable = false)
    private int neglectNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NeglectConsequence.Kind kind;

    @Column(name = "days_without_benefit", nullable = false, updatable = false)
    private int daysWithoutBenefit;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_type", updatable = false)
    private BenefitType benefitType;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", updatable = false)
    private BenefitPayer addressedTo;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected BenefitStatementRecord() {}

    public BenefitStatementRecord(
            long jobSeekerId,
            long planId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int required,
            int reported,
            NeglectConsequence consequence,
            BenefitType benefitType,
            String language,
            String text,
            Instant createdAt) {
        this.jobSeekerId = jobSeekerId;
        this.planId = planId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.required = required;
        this.reported = reported;
        this.neglectNumber = consequence.neglectNumber();
        this.kind = consequence.kind();
        this.daysWithoutBenefit = consequence.daysWithoutBenefit();
        this.benefitType = benefitType;
        this.addressedTo = benefitType == null ? null : benefitType.payer();
        this.language = language;
        this.text = text;
        this.createdAt = createdAt;
    }

    public void markSent(Instant at) {
        this.sentAt = at;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public long planId() {
        return planId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public int required() {
        return required;
    }

    public int reported() {
        return reported;
    }

    public int neglectNumber() {
        return neglectNumber;
    }

    public NeglectConsequence.Kind kind() {
        return kind;
    }

    public int daysWithoutBenefit() {
        return daysWithoutBenefit;
    }

    public BenefitType benefitType() {
        return benefitType;
    }

    public BenefitPayer addressedTo() {
        return addressedTo;
    }

    public String language() {
        return language;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
