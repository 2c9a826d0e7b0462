package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.services.NoteTopic;
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

/** A free-text note of staff on a customer; plain text, never rendered unescaped. */
@Entity
@Table(name = "svc_case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteTopic topic;

    @Column(nullable = false)
    private String body;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CaseNote() {}

    public CaseNote(long jobSeekerId, NoteTopic topic, String body, String writtenBy, Instant at) {
        this.jobSeekerId = jobSeekerId;
        this.topic = topic;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = at;
        this.updatedAt = at;
    }

    public void rewrite(NoteTopic topic, String body, String by, Instant at) {
        this.topic = topic;
        this.body = body;
        this.writtenBy = by;
        this.updatedAt = at;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public NoteTopic topic() {
        return topic;
    }

    public String body() {
        return body;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
