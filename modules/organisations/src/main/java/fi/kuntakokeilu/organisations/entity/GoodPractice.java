package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A good practice a trial area publishes for the other areas: what it did, for whom, with which
 * services and with what result, and whom to ask. The EU Social Fund projects the trial was
 * modelled on were expected to spread good practice between projects (domain brief, "Context from
 * the EU Social Fund seeds"); here an area publishes, every area reads, and other areas record that
 * they took a practice up ({@link GoodPracticeAdoption}).
 */
@Entity
@Table(name = "org_good_practice")
public class GoodPractice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "area_key", nullable = false)
    private String areaKey;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "target_group")
    private String targetGroup;

    @Column(name = "services_used")
    private String servicesUsed;

    private String results;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    /** Lower-case tags between commas, with a comma at each end: {@code ,youth,coaching,}. */
    @Column(nullable = false)
    private String tags;

    @Column(nullable = false)
    private String language;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected GoodPractice() {}

    public GoodPractice(String areaKey, String publishedBy, Instant publishedAt) {
        this.areaKey = areaKey;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.updatedAt = publishedAt;
        this.tags = ",";
    }

    /** Sets what the practice says; the area and who published it stay. */
    public void describe(
            String title,
            String description,
            String targetGroup,
            String servicesUsed,
            String results,
            String contactName,
            String contactEmail,
            List<String> tags,
            String language,
            Instant at) {
        this.title = title;
        this.description = description;
        this.targetGroup = targetGroup;
        this.servicesUsed = servicesUsed;
        this.results = results;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.tags = "," + String.join(",", tags) + (tags.isEmpty() ? "" : ",");
        this.language = language;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String areaKey() {
        return areaKey;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String targetGroup() {
        return targetGroup;
    }

    public String servicesUsed() {
        return servicesUsed;
    }

    public String results() {
        return results;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public List<String> tags() {
        return Arrays.stream(tags.split(",")).filter(tag -> !tag.isEmpty()).toList();
    }

    public String language() {
        return language;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
