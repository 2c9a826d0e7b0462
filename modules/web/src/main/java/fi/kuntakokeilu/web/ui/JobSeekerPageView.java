package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.JobSeekerView;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.TransferView;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.Services;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A job seeker's page: who they are, which body is responsible for them and every transfer that
 * led there (newest first, each with its legal basis), their situation over time, and the two
 * things staff record here: a change of situation, and a discretionary return or offer to another
 * area. Evaluators and staff without the customer in scope get the error pages the API's answers
 * call for (403, 404).
 */
@Named
@ViewScoped
public class JobSeekerPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A discretionary transfer either returns the customer to the office or offers them to an area. */
    public enum Direction {
        RETURN,
        OFFER
    }

    @Inject
    Clients clients;

    @Inject
    Services services;

    @Inject
    FacesProblems problems;

    @Inject
    Clock clock;

    private String id;
    private JobSeekerView person;

    private LocalDate changeDate;
    private LabourMarketStatus newStatus;
    private UnemploymentBenefit newBenefit;
    private String newMunicipality;
    private Integer newExclusionItem;

    private Direction direction = Direction.RETURN;
    private String offerArea;
    private LocalDate transferDate;
    private DiscretionaryReason reason;
    private String explanation;

    private List<AppointmentView> appointments = List.of();
    private InterviewKind appointmentKind;
    private LocalDate appointmentDue;

    /** The page's view action. */
    public void open() {
        long number;
        try {
            number = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            problems.errorPage(404);
            return;
        }
        person = problems.orErrorPage(() -> clients.jobSeeker(number));
        changeDate = LocalDate.now(clock);
        transferDate = LocalDate.now(clock);
        if (person != null) {
            appointments = services.appointments(person.id());
        }
    }

    /** Books an interview or discussion the schedule did not put there. */
    public void addAppointment() {
        AppointmentView added = problems.attempt(
                () -> services.addAppointment(
                        person.id(), new AppointmentRequest(appointmentKind, appointmentDue, null, null)),
                Map.of("kind", "appointment:kind", "dueOn", "appointment:due"));
        if (added != null) {
            appointments = services.appointments(person.id());
            appointmentKind = null;
            appointmentDue = null;
            problems.confirm("appointment.added");
        }
    }

    /** Reads the customer's interviews and discussions again, after one of them changed. */
    public void reloadAppointments() {
        appointments = services.appointments(person.id());
    }

    /** The customer's interviews and discussions, by due date. */
    public List<AppointmentView> getAppointments() {
        return appointments;
    }

    public List<InterviewKind> getAppointmentKinds() {
        return List.of(InterviewKind.values());
    }

    public InterviewKind getAppointmentKind() {
        return appointmentKind;
    }

    public void setAppointmentKind(InterviewKind appointmentKind) {
        this.appointmentKind = appointmentKind;
    }

    public LocalDate getAppointmentDue() {
        return appointmentDue;
    }

    public void setAppointmentDue(LocalDate appointmentDue) {
        this.appointmentDue = appointmentDue;
    }

    public void changeSituation() {
        SituationChangeRequest request =
                new SituationChangeRequest(changeDate, newStatus, newBenefit, newMunicipality, newExclusionItem);
        JobSeekerView changed = problems.attempt(
                () -> clients.changeSituation(person.id(), request),
                Map.of(
                        "effectiveDate", "situation:effective",
                        "labourMarketStatus", "situation:status",
                        "unemploymentBenefit", "situation:benefit",
                        "homeMunicipality", "situation:municipality",
                        "exclusionItem", "situation:exclusion"));
        if (changed != null) {
            person = changed;
            newStatus = null;
            newBenefit = null;
            newMunicipality = null;
            newExclusionItem = null;
            problems.confirm("situation.saved");
        }
    }

    public void transferOnDiscretion() {
        ResponsibleBody to = direction == Direction.RETURN
                ? new ResponsibleBody(BodyType.EMPLOYMENT_OFFICE, null)
                : new ResponsibleBody(BodyType.TRIAL_AREA, offerArea);
        DiscretionaryTransferRequest request =
                new DiscretionaryTransferRequest(to, transferDate, reason, blankToNull(explanation));
        JobSeekerView changed = problems.attempt(
                () -> clients.transferOnDiscretion(person.id(), request),
                Map.of(
                        "to", "discretion:area",
                        "key", "discretion:area",
                        "type", "discretion:direction",
                        "effectiveDate", "discretion:effective",
                        "reason", "discretion:reason",
                        "explanation", "discretion:explanation"));
        if (changed != null) {
            person = changed;
            explanation = null;
            problems.confirm(direction == Direction.RETURN ? "discretion.returned" : "discretion.offered");
        }
    }

    /** Every transfer, newest first. */
    public List<TransferView> getTimeline() {
        return person.custodyHistory().stream()
                .sorted(Comparator.comparing(TransferView::effectiveDate)
                        .thenComparing(TransferView::id)
                        .reversed())
                .toList();
    }

    public List<LabourMarketStatus> getStatuses() {
        return List.of(LabourMarketStatus.values());
    }

    public List<UnemploymentBenefit> getBenefits() {
        return List.of(UnemploymentBenefit.values());
    }

    public List<DiscretionaryReason> getReasons() {
        return List.of(DiscretionaryReason.values());
    }

    public List<Direction> getDirections() {
        return List.of(Direction.values());
    }

    public List<Integer> getExclusionItems() {
        return List.of(0, 1, 2, 3);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public JobSeekerView getPerson() {
        return person;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getChangeDate() {
        return changeDate;
    }

    public void setChangeDate(LocalDate changeDate) {
        this.changeDate = changeDate;
    }

    public LabourMarketStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(LabourMarketStatus newStatus) {
        this.newStatus = newStatus;
    }

    public UnemploymentBenefit getNewBenefit() {
        return newBenefit;
    }

    public void setNewBenefit(UnemploymentBenefit newBenefit) {
        this.newBenefit = newBenefit;
    }

    public String getNewMunicipality() {
        return newMunicipality;
    }

    public void setNewMunicipality(String newMunicipality) {
        this.newMunicipality = newMunicipality;
    }

    public Integer getNewExclusionItem() {
        return newExclusionItem;
    }

    public void setNewExclusionItem(Integer newExclusionItem) {
        this.newExclusionItem = newExclusionItem;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getOfferArea() {
        return offerArea;
    }

    public void setOfferArea(String offerArea) {
        this.offerArea = offerArea;
    }

    public LocalDate getTransferDate() {
        return transferDate;
    }

    public void setTransferDate(LocalDate transferDate) {
        this.transferDate = transferDate;
    }

    public DiscretionaryReason getReason() {
        return reason;
    }

    public void setReason(DiscretionaryReason reason) {
        this.reason = reason;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
