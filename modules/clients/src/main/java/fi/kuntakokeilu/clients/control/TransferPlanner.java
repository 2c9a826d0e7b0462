package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.control.Plan.StayReason;
import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a customer belongs after a decision, and on what legal basis they move (Act 1269/2020 § 5;
 * domain brief, "Who is transferred"). Pure.
 *
 * <p>At an employment office: a person in the target group moves to the trial area of their home
 * municipality, at once in a bulk run (basis {@code TRIAL_START} on the area's first day, else
 * {@code ENTERED_TARGET_GROUP}), or by an entry order due in 7 days when a change triggered the
 * decision. An office customer whose home municipality lies in another office's region moves to
 * that office (competence follows kotikunta).
 *
 * <p>With a trial area: moving house passes the customer to the new home municipality's area or,
 * outside every trial, to the office ({@code MOVED_MUNICIPALITY}); an area whose trial ended returns
 * its customers ({@code TRIAL_END}); an exclusion criterion in force returns them ({@code
 * EXCLUDED}); leaving the target group by status returns them only when configured ({@code
 * LEFT_TARGET_GROUP}, see {@link RuleSettings}).
 *
 * <p>A customer held by a discretionary decision stays put until the trial ends (a move of home
 * clears the discretion before planning). Custody that changed after the evaluated day is never
 * undone: that is what makes a repeated run change nothing.
 */
public final class TransferPlanner {

    private final AreaMap areas;
    private final TrialCalendar calendar;
    private final RuleSettings settings;

    public TransferPlanner(AreaMap areas, TrialCalendar calendar, RuleSettings settings) {
        this.areas = areas;
        this.calendar = calendar;
        this.settings = settings;
    }

    public Plan plan(Custody custody, JobSeekerFacts facts, Decision decision, Trigger trigger) {
        long id = custody.jobSeekerId();
        LocalDate day = decision.day();
        if (custody.since().isAfter(day)) {
            return new Plan.Stay(id, StayReason.CUSTODY_CHANGED_LATER);
        }
        ResponsibleBody body = custody.body();
        MunicipalityCode home = MunicipalityCode.of(facts.homeMunicipality());
        Optional<String> office = areas.officeOf(home);
        if (body.isOffice()) {
            if (decision.inTargetGroup()) {
                if (custody.heldByDiscretion()) {
                    return new Plan.Stay(id, StayReason.HELD_BY_DISCRETION);
                }
                ResponsibleBody area = ResponsibleBody.area(decision.area());
                if (trigger == Trigger.BULK) {
                    LegalBasis basis = calendar.startsOn(decision.area(), day)
                            ? LegalBasis.TRIAL_START
                            : LegalBasis.ENTERED_TARGET_GROUP;
                    return new Plan.Move(id, body, area, basis, decision);
                }
                // Act 1269/2020 § 5: a person entering the target group moves within 7 days.
                return new Plan.Order(id, body, area, day.plusDays(settings.entryDays()), decision);
            }
            if (office.isPresent() && !office.get().equals(body.key())) {
                return new Plan.Move(
                        id, body, ResponsibleBody.office(office.get()), LegalBasis.MOVED_MUNICIPALITY, decision);
            }
            return new Plan.Stay(id, StayReason.NOT_IN_TARGET_GROUP);
        }

        String current = body.key();
        if (custody.heldByDiscretion()) {
            return calendar.endedBefore(current, day)
                    ? toOffice(id, body, office, LegalBasis.TRIAL_END, decision)
                    : new Plan.Stay(id, StayReason.HELD_BY_DISCRETION);
        }
        String homeArea = decision.area();
        if (current.equals(homeArea)) {
            if (decision.isExcluded()) {
                return toOffice(id, body, office, LegalBasis.EXCLUDED, decision);
            }
            if (!decision.inTargetGroup() && settings.returnWhenLeavingTargetGroup()) {
                return toOffice(id, body, office, LegalBasis.LEFT_TARGET_GROUP, decision);
            }
            return new Plan.Stay(id, StayReason.IN_PLACE);
        }
        // The home municipality is no longer the current area's. If it belonged to the area when
        // custody began, the area lost it (its trial ended there); otherwise the person moved.
        boolean areaLostMunicipality =
                Objects.equals(areas.areaOf(home, custody.since()).orElse(null), current);
        LegalBasis basis = areaLostMunicipality || calendar.endedBefore(current, day)
                ? LegalBasis.TRIAL_END
                : LegalBasis.MOVED_MUNICIPALITY;
        if (homeArea == null) {
            return toOffice(id, body, office, basis, decision);
        }
        if (decision.isExcluded()) {
            return toOffice(id, body, office, LegalBasis.EXCLUDED, decision);
        }
        if (!decision.inTargetGroup() && settings.returnWhenLeavingTargetGroup()) {
            return toOffice(id, body, office, LegalBasis.LEFT_TARGET_GROUP, decision);
        }
        return new Plan.Move(id, body, ResponsibleBody.area(homeArea), basis, decision);
    }

    private static Plan toOffice(
            long id, ResponsibleBody from, Optional<String> office, LegalBasis basis, Decision decision) {
        return office.<Plan>map(key -> new Plan.Move(id, from, ResponsibleBody.office(key), basis, decision))
                .orElseGet(() -> new Plan.Stay(id, StayReason.NO_OFFICE));
    }
}
