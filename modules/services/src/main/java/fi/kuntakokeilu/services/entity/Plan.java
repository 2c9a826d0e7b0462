package fi.kuntakokeilu.services.entity;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.services.PlanKind;
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

/**
 * A plan of one customer. Its content lives in {@link PlanVersion}s, never changed once written;
 * the plan points at the latest. The origin is the body that made the first version: a plan that an
 * employment office made stays binding after the customer's transfer to a trial area until the area
 * reviews it (Act 1269/2020; domain.md, "Who is transferred"). {@code version} is the optimistic
 * lock that turns a concurrent second update into a conflict.
 */
@Entity
@Table(name = "svc_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_seeker_id", nullable = false, updatable = false)
    private long jobSeekerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_type", nullable = false, updatable = false)
    private BodyType originType;

    @Column(name = "origin_key", nullable = false, updatable = false)
    private String originKey;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Plan() {}

    public Plan(long jobSeekerId, PlanKind kind, BodyType originType, String originKey, Instant createdAt) {
        this.jobSeekerId = jobSeekerId;
        this.kind = kind;
        this.originType = originType;
        this.originKey = originKey;
        this.latestVersion = 0;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Moves the plan on to its next version; returns the new version's number. */
    public int nextVersion(Instant at) {
        latestVersion++;
        updatedAt = at;
        return latestVersion;
    }

    public long id() {
        return id;
    }

    public long jobSeekerId() {
        return jobSeekerId;
    }

    public PlanKind kind() {
        return kind;
    }

    public BodyType originType() {
        return originType;
    }

    public String originKey() {
        return originKey;
    }

    public int latestVersion() {
        return latestVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
