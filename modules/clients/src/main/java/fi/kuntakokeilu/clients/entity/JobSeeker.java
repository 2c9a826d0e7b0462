package fi.kuntakokeilu.clients.entity;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.platform.identity.Sex;
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
 * A job seeker: a personal customer of the employment services, known by a surrogate id (the
 * identity code never appears in an address). Birth date and sex are read from the identity code
 * once, at registration. The labour-market status, benefit and home municipality held here are the
 * latest of the person's {@link SituationChange} history, which is what rules read for any past
 * day; who is responsible for the person lives in the custody ledger, not here.
 */
@Entity
@Table(name = "cli_job_seeker")
public class JobSeeker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "personal_identity_code", nullable = false, updatable = false)
    private String personalIdentityCode;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Sex sex;

    @Column(name = "mother_tongue", nullable = false)
    private String motherTongue;

    @Column(nullable = false)
    private boolean immigrant;

    @Column(name = "education_level")
    private Integer educationLevel;

    private String email;

    private String phone;

    @Column(name = "street_address")
    private String streetAddress;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "post_office")
    private String postOffice;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "labour_market_status", nullable = false)
    private LabourMarketStatus labourMarketStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "unemployment_benefit", nullable = false)
    private UnemploymentBenefit unemploymentBenefit;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JobSeeker() {}

    public JobSeeker(
            PersonalIdentityCode code,
            String firstName,
            String lastName,
            String motherTongue,
            boolean immigrant,
            LocalDate registeredOn,
            Instant now) {
        this.personalIdentityCode = code.value();
        this.birthDate = code.birthDate();
        this.sex = code.sex();
        this.firstName = firstName;
        this.lastName = lastName;
        this.motherTongue = motherTongue;
        this.immigrant = immigrant;
        this.registeredOn = registeredOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(
            Integer educationLevel,
            String email,
            String phone,
            String streetAddress,
            String postalCode,
            String postOffice) {
        this.educationLevel = educationLevel;
        this.email = email;
        this.phone = phone;
        this.streetAddress = streetAddress;
        this.postalCode = postalCode;
        this.postOffice = postOffice;
    }

    /** Repeats the latest situation of the history, for lists and searches. */
    public void situate(LabourMarketStatus status, UnemploymentBenefit benefit, String homeMunicipality, Instant now) {
        this.labourMarketStatus = status;
        this.unemploymentBenefit = benefit;
        this.homeMunicipality = homeMunicipality;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String personalIdentityCode() {
        return personalIdentityCode;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String motherTongue() {
        return motherTongue;
    }

    public boolean immigrant() {
        return immigrant;
    }

    public Integer educationLevel() {
        return educationLevel;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String streetAddress() {
        return streetAddress;
    }

    public String postalCode() {
        return postalCode;
    }

    public String postOffice() {
        return postOffice;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public String homeMunicipality() {
        return homeMunicipality;
    }

    public LabourMarketStatus labourMarketStatus() {
        return labourMarketStatus;
    }

    public UnemploymentBenefit unemploymentBenefit() {
        return unemploymentBenefit;
    }

    public long version() {
        return version;
    }
}
