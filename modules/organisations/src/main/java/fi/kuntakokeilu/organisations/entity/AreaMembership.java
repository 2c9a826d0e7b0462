package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A municipality's membership of a trial area from one date to another (inclusive; open-ended when
 * {@code validTo} is null). Competence over a customer follows their home municipality's membership
 * on the day in question, so memberships are never rewritten, only ended.
 */
@Entity
@Table(name = "org_area_membership")
public class AreaMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "area_key", nullable = false)
    private String areaKey;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected AreaMembership() {}

    public AreaMembership(String areaKey, String municipalityCode, LocalDate validFrom, LocalDate validTo) {
        this.areaKey = areaKey;
        this.municipalityCode = municipalityCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long id() {
        return id;
    }

    public String areaKey() {
        return areaKey;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }

    public void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }
}
