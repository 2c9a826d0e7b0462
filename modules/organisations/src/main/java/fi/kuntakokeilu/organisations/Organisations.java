package fi.kuntakokeilu.organisations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The organisations of the trial: employment offices, municipalities, trial areas and which
 * municipality belonged to which area when. Reading is open to every signed-in user (nothing here
 * is personal); changing is for administrators, because the reference data that seeds it is known
 * to be incomplete.
 */
public interface Organisations {

    List<TrialAreaView> trialAreas();

    /** @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when there is no such area */
    TrialAreaView trialArea(String key);

    List<MunicipalityView> municipalities();

    List<EmploymentOfficeView> employmentOffices();

    /** Every membership and office region at once, for rules that decide many people in one go. */
    AreaMap areaMap();

    TrialAreaView createTrialArea(@NotNull @Valid TrialAreaRequest request);

    TrialAreaView updateTrialArea(String key, @NotNull @Valid TrialAreaRequest request);

    /** Adds a municipality to an area from a date; it may not be in another area at the same time. */
    TrialAreaView addMembership(String key, @NotNull @Valid MembershipRequest request);

    /** Ends a membership on its last day (inclusive). */
    TrialAreaView endMembership(String key, long membershipId, LocalDate lastDay, long version);

    /** Adds a municipality or changes its names, office region or comparison status. */
    MunicipalityView saveMunicipality(
            @NotNull @fi.kuntakokeilu.platform.identity.ValidMunicipalityCode String code,
            @NotNull @Valid MunicipalityRequest request);
}
