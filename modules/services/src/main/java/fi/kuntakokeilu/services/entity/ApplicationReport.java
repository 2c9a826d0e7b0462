package fi.kuntakokeilu.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The number of job applications a customer reported for a calendar month. */
@Entity
@Table(name = "svc_application_report")
public class ApplicationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    /** The month's first day. */
    @Column(nullable = false, updatable = false)
    private LocalDate month;

    @Column(nullable = false)
    private int applications;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ApplicationReport() {}

    public ApplicationReport(long jobSeekerId, LocalDate month) {
        this.jobSeekerId = jobSeekerId;
        this.month = month.withDayOfMonth(1);
    }

    public void report(int applications, String by, Instant at) {
        this.applications = applications;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public LocalDate month() {
        return month;
    }

    public int applications() {
        return applications;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
