package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerView;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Registering a job seeker (office staff and administrators). The clients API checks every field
 * and the page shows each refusal beside its field, in the user's language; a registered person's
 * page opens next.
 */
@Named
@ViewScoped
public class RegisterJobSeekerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** API field names and the inputs that hold them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("personalIdentityCode", "register:identityCode"),
            Map.entry("firstName", "register:firstName"),
            Map.entry("lastName", "register:lastName"),
            Map.entry("homeMunicipality", "register:municipality"),
            Map.entry("motherTongue", "register:motherTongue"),
            Map.entry("immigrant", "register:immigrant"),
            Map.entry("labourMarketStatus", "register:status"),
            Map.entry("unemploymentBenefit", "register:benefit"),
            Map.entry("registeredOn", "register:registeredOn"),
            Map.entry("educationLevel", "register:education"),
            Map.entry("email", "register:email"),
            Map.entry("phone", "register:phone"),
            Map.entry("streetAddress", "register:street"),
            Map.entry("postalCode", "register:postalCode"),
            Map.entry("postOffice", "register:postOffice"));

    @Inject
    Clients clients;

    @Inject
    FacesProblems problems;

    @Inject
    Clock clock;

    private String identityCode;
    private String firstName;
    private String lastName;
    private String homeMunicipality;
    private String motherTongue = "fi";
    private boolean immigrant;
    private LabourMarketStatus status;
    private UnemploymentBenefit benefit;
    private LocalDate registeredOn;
    private Integer educationLevel;
    private String email;
    private String phone;
    private String streetAddress;
    private String postalCode;
    private String postOffice;

    @PostConstruct
    void today() {
        registeredOn = LocalDate.now(clock);
    }

    public String register() {
        JobSeekerRequest request = new JobSeekerRequest(
                trim(identityCode) == null ? null : trim(identityCode).toUpperCase(Locale.ROOT),
                trim(firstName),
                trim(lastName),
                homeMunicipality,
                trim(motherTongue),
                immigrant,
                status,
                benefit,
                registeredOn,
                educationLevel,
                trim(email),
                trim(phone),
                trim(streetAddress),
                trim(postalCode),
                trim(postOffice));
        JobSeekerView registered = problems.attempt(() -> clients.register(request), FIELDS);
        if (registered == null) {
            return null;
        }
        return "/job-seeker?faces-redirect=true&id=" + registered.id();
    }

    public List<LabourMarketStatus> getStatuses() {
        return List.of(LabourMarketStatus.values());
    }

    public List<UnemploymentBenefit> getBenefits() {
        return List.of(UnemploymentBenefit.values());
    }

    public List<Integer> getEducationLevels() {
        return IntStream.rangeClosed(0, 9).boxed().toList();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getIdentityCode() {
        return identityCode;
    }

    public void setIdentityCode(String identityCode) {
        this.identityCode = identityCode;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getHomeMunicipality() {
        return homeMunicipality;
    }

    public void setHomeMunicipality(String homeMunicipality) {
        this.homeMunicipality = homeMunicipality;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public void setMotherTongue(String motherTongue) {
        this.motherTongue = motherTongue;
    }

    public boolean isImmigrant() {
        return immigrant;
    }

    public void setImmigrant(boolean immigrant) {
        this.immigrant = immigrant;
    }

    public LabourMarketStatus getStatus() {
        return status;
    }

    public void setStatus(LabourMarketStatus status) {
        this.status = status;
    }

    public UnemploymentBenefit getBenefit() {
        return benefit;
    }

    public void setBenefit(UnemploymentBenefit benefit) {
        this.benefit = benefit;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public Integer getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(Integer educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPostOffice() {
        return postOffice;
    }

    public void setPostOffice(String postOffice) {
        this.postOffice = postOffice;
    }
}
