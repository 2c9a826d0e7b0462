package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.services.ServicePeriodStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A customer's period in a service of the catalogue. */
@Entity
@Table(name = "svc_service_period")
public class ServicePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServicePeriodStatus status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ServicePeriod() {}

    public ServicePeriod(long jobSeekerId, String recordedBy, Instant recordedAt) {
        this.jobSeekerId = jobSeekerId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void describe(
            String serviceCode,
            String provider,
            ServicePeriodStatus status,
            LocalDate startDate,
            LocalDate endDate,
            String recordedBy,
            Instant recordedAt) {
        this.serviceCode = serviceCode;
        this.provider = provider;
        this.status = status;
        this.startDate = startDate;
        this.endDate = endDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String provider() {
        return provider;
    }

    public ServicePeriodStatus status() {
        return status;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
