package fi.kuntakokeilu.organisations.entity;

import fi.kuntakokeilu.organisations.TrialAreaStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A trial area (pilot): one municipality, or a group led by one, that took over the employment
 * services of its residents in the target group for the trial's period. Kept like a development
 * project of the EU Social Fund: an owner organisation, a budget, a contact person. The statute
 * named 25 areas of 118 municipalities; the reference data knows fewer, so administrators add the
 * rest.
 */
@Entity
@Table(name = "org_trial_area")
public class TrialArea {

    @Id
    @Column(name = "area_key")
    private String key;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "lead_municipality")
    private String leadMunicipality;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrialAreaStatus status;

    @Column(name = "owner_organisation")
    private String ownerOrganisation;

    @Column(name = "budget_eur")
    private BigDecimal budgetEur;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Version
    private long version;

    protected TrialArea() {}

    public TrialArea(
            String key, String nameFi, String nameSv, LocalDate startsOn, LocalDate endsOn, TrialAreaStatus status) {
        this.key = key;
        this.nameFi = nameFi;
        this.nameSv = nameSv;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
    }

    public void describe(
            String nameFi,
            String nameSv,
            String leadMunicipality,
            LocalDate startsOn,
            LocalDate endsOn,
            TrialAreaStatus status,
            String ownerOrganisation,
            BigDecimal budgetEur,
            String contactName,
            String contactEmail) {
        this.nameFi = nameFi;
        this.nameSv = nameSv;
        this.leadMunicipality = leadMunicipality;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.ownerOrganisation = ownerOrganisation;
        this.budgetEur = budgetEur;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    public void leadBy(String municipalityCode) {
        this.leadMunicipality = municipalityCode;
    }

    public String key() {
        return key;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String leadMunicipality() {
        return leadMunicipality;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public TrialAreaStatus status() {
        return status;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public BigDecimal budgetEur() {
        return budgetEur;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public long version() {
        return version;
    }
}
