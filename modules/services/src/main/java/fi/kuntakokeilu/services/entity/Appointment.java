package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.RuleRegime;
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

/**
 * An interview or discussion a customer is due: the last day on which it is on time and, once it
 * took place, the day it was held. Rows from the schedule of the rule regime in force ({@link
 * Source#SCHEDULE}) are replaced while not held when the plan changes; staff add their own. A
 * cancelled appointment is kept, with when, by whom and why, and is neither replaced nor changed.
 */
@Entity
@Table(name = "svc_appointment")
public class Appointment {

    /** Who put the appointment on the calendar. */
    public enum Source {
        SCHEDULE,
        MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewKind kind;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleRegime regime;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Version
    private long version;

    protected Appointment() {}

    public Appointment(
            long jobSeekerId,
            InterviewKind kind,
            int sequence,
            RuleRegime regime,
            LocalDate dueOn,
            Source source,
            String recordedBy,
            Instant at) {
        this.jobSeekerId = jobSeekerId;
        this.kind = kind;
        this.sequence = sequence;
        this.regime = regime;
        this.dueOn = dueOn;
        this.source = source;
        this.recordedBy = recordedBy;
        this.updatedAt = at;
    }

    public void reschedule(LocalDate dueOn, LocalDate heldOn, String by, Instant at) {
        this.dueOn = dueOn;
        this.heldOn = heldOn;
        this.recordedBy = by;
        this.updatedAt = at;
    }

    /** Calls the appointment off; the row stays as the case history's record of it. */
    public void cancel(String reason, String by, Instant at) {
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.cancellationReason = reason;
        this.updatedAt = at;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public InterviewKind kind() {
        return kind;
    }

    public int sequence() {
        return sequence;
    }

    public RuleRegime regime() {
        return regime;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Source source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
