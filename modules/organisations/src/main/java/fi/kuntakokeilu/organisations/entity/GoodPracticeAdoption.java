package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Another trial area took up a good practice: when, with a note on how. Once per area and practice. */
@Entity
@Table(name = "org_good_practice_adoption")
public class GoodPracticeAdoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "area_key", nullable = false)
    private String areaKey;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GoodPracticeAdoption() {}

    public GoodPracticeAdoption(
            long practiceId, String areaKey, LocalDate adoptedOn, String note, String recordedBy, Instant recordedAt) {
        this.practiceId = practiceId;
        this.areaKey = areaKey;
        this.adoptedOn = adoptedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long practiceId() {
        return practiceId;
    }

    public String areaKey() {
        return areaKey;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
