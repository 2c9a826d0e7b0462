package fi.kuntakokeilu.clients.entity;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
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
 * One row of a job seeker's effective-dated situation: from {@code effectiveFrom} until the next
 * row, the person had this status, this benefit, this home municipality and this exclusion item.
 * Rows are only ever added, so the rules can be asked about any past day and answer as they would
 * have then. Each row repeats the whole situation, so one row answers for a day.
 */
@Entity
@Table(name = "cli_situation")
public class SituationChange {

    /** Where a row came from. */
    public enum Source {
        REGISTRATION,
        CHANGE,
        IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "labour_market_status", nullable = false, updatable = false)
    private LabourMarketStatus labourMarketStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "unemployment_benefit", nullable = false, updatable = false)
    private UnemploymentBenefit unemploymentBenefit;

    @Column(name = "home_municipality", nullable = false, updatable = false)
    private String homeMunicipality;

    @Column(name = "exclusion_item", updatable = false)
    private Integer exclusionItem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SituationChange() {}

    public SituationChange(
            long jobSeekerId,
            LocalDate effectiveFrom,
            LabourMarketStatus labourMarketStatus,
            UnemploymentBenefit unemploymentBenefit,
            String homeMunicipality,
            Integer exclusionItem,
            Source source,
            String recordedBy,
            Instant recordedAt) {
        this.jobSeekerId = jobSeekerId;
        this.effectiveFrom = effectiveFrom;
        this.labourMarketStatus = labourMarketStatus;
        this.unemploymentBenefit = unemploymentBenefit;
        this.homeMunicipality = homeMunicipality;
        this.exclusionItem = exclusionItem;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LabourMarketStatus labourMarketStatus() {
        return labourMarketStatus;
    }

    public UnemploymentBenefit unemploymentBenefit() {
        return unemploymentBenefit;
    }

    public String homeMunicipality() {
        return homeMunicipality;
    }

    public Integer exclusionItem() {
        return exclusionItem;
    }

    public Source source() {
        return source;
    }
}
