package fi.kuntakokeilu.clients.control;

import static fi.kuntakokeilu.clients.control.Fixtures.ESPOO;
import static fi.kuntakokeilu.clients.control.Fixtures.TAMPERE;
import static fi.kuntakokeilu.clients.control.Fixtures.TRIAL_END;
import static fi.kuntakokeilu.clients.control.Fixtures.TRIAL_START;
import static fi.kuntakokeilu.clients.control.Fixtures.VAASA;
import static fi.kuntakokeilu.clients.control.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Act 1269/2020 § 5: where a customer belongs after a decision, and on what legal basis they move. */
class TransferPlannerTest {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 1);
    private static final ResponsibleBody UUSIMAA = ResponsibleBody.office("uusimaa");
    private static final ResponsibleBody HELSINKI_AREA = ResponsibleBody.area("helsinki");

    private Plan plan(
            TransferContext context, Custody custody, Fixtures.Person person, LocalDate day, Trigger trigger) {
        Decision decision = context.rules().decide(person.facts(), day, context.areas());
        return context.planner().plan(custody, person.facts(), decision, trigger);
    }

    private Plan plan(Custody custody, Fixtures.Person person, LocalDate day, Trigger trigger) {
        return plan(Fixtures.context(), custody, person, day, trigger);
    }

    private static Custody at(ResponsibleBody body, LocalDate since) {
        return new Custody(7, body, since, null);
    }

    @Test
    void movesTheTargetGroupToItsAreaOnTheTrialsFirstDay() {
        Plan plan = plan(at(UUSIMAA, LocalDate.of(2020, 5, 1)), person(), TRIAL_START, Trigger.BULK);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(HELSINKI_AREA);
            assertThat(move.basis()).isEqualTo(LegalBasis.TRIAL_START);
            assertThat(move.decision().ruleVersion()).isEqualTo(1);
        });
    }

    @Test
    void movesSomeoneFoundInTheGroupByALaterBulkRunAsEnteringIt() {
        Plan plan = plan(at(UUSIMAA, LocalDate.of(2020, 5, 1)), person(), DAY, Trigger.BULK);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> assertThat(move.basis())
                .isEqualTo(LegalBasis.ENTERED_TARGET_GROUP));
    }

    @Test
    void ordersAPersonEnteringTheTargetGroupToMoveWithinSevenDays() {
        Plan plan = plan(at(UUSIMAA, DAY), person(), DAY, Trigger.EVENT);

        // Act 1269/2020 § 5: transferred within 7 days of the change.
        assertThat(plan).isInstanceOfSatisfying(Plan.Order.class, order -> {
            assertThat(order.to()).isEqualTo(HELSINKI_AREA);
            assertThat(order.deadline()).isEqualTo(DAY.plusDays(7));
        });
    }

    @Test
    void leavesAnOfficeCustomerOutsideTheTargetGroupAtTheOffice() {
        Fixtures.Person swedishSpeaker = person().born(LocalDate.of(1970, 1, 1))
                .speaking("swe")
                .benefit(UnemploymentBenefit.EARNINGS_RELATED)
                .livingIn(ESPOO);

        Plan plan = plan(at(UUSIMAA, LocalDate.of(2020, 5, 1)), swedishSpeaker, TRIAL_START, Trigger.BULK);

        assertThat(plan).isEqualTo(new Plan.Stay(7, Plan.StayReason.NOT_IN_TARGET_GROUP));
    }

    @Test
    void passesACustomerMovingFromHelsinkiToEspooFromAreaToArea() {
        Plan plan = plan(at(HELSINKI_AREA, TRIAL_START), person().livingIn(ESPOO), DAY, Trigger.EVENT);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.from()).isEqualTo(HELSINKI_AREA);
            assertThat(move.to()).isEqualTo(ResponsibleBody.area("espoo"));
            assertThat(move.basis()).isEqualTo(LegalBasis.MOVED_MUNICIPALITY);
        });
    }

    @Test
    void returnsACustomerMovingFromHelsinkiToAMunicipalityOutsideEveryTrialToTheOffice() {
        Plan plan = plan(at(HELSINKI_AREA, TRIAL_START), person().livingIn(VAASA), DAY, Trigger.EVENT);

        // Competence follows kotikunta: Vaasa lies in the Ostrobothnia office's region.
        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(ResponsibleBody.office("pohjanmaa"));
            assertThat(move.basis()).isEqualTo(LegalBasis.MOVED_MUNICIPALITY);
        });
    }

    @Test
    void passesAnOfficeCustomerMovingToAnotherOfficesRegionToThatOffice() {
        Fixtures.Person employed = person().status(LabourMarketStatus.EMPLOYED).livingIn(VAASA);

        Plan plan = plan(at(UUSIMAA, LocalDate.of(2020, 5, 1)), employed, DAY, Trigger.EVENT);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(ResponsibleBody.office("pohjanmaa"));
            assertThat(move.basis()).isEqualTo(LegalBasis.MOVED_MUNICIPALITY);
        });
    }

    @Test
    void keepsACustomerWhoFindsWorkWithTheAreaByDefault() {
        Plan plan =
                plan(at(HELSINKI_AREA, TRIAL_START), person().status(LabourMarketStatus.EMPLOYED), DAY, Trigger.EVENT);

        assertThat(plan).isEqualTo(new Plan.Stay(7, Plan.StayReason.IN_PLACE));
    }

    @Test
    void returnsACustomerWhoLeavesTheTargetGroupWhenConfiguredTo() {
        TransferContext returning = Fixtures.context(RuleSettings.defaults().returningLeavers(true));

        Plan plan = plan(
                returning,
                at(HELSINKI_AREA, TRIAL_START),
                person().status(LabourMarketStatus.EMPLOYED),
                DAY,
                Trigger.EVENT);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(UUSIMAA);
            assertThat(move.basis()).isEqualTo(LegalBasis.LEFT_TARGET_GROUP);
        });
    }

    @Test
    void returnsAnExcludedCustomerToTheOffice() {
        TransferContext excluding = Fixtures.context(RuleSettings.defaults().withExclusions(1));

        Plan plan = plan(excluding, at(HELSINKI_AREA, TRIAL_START), person().excludedBy(1), DAY, Trigger.EVENT);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(UUSIMAA);
            assertThat(move.basis()).isEqualTo(LegalBasis.EXCLUDED);
        });
    }

    @Test
    void returnsEveryCustomerToTheOfficeWhenTheTrialEnds() {
        Plan plan = plan(at(HELSINKI_AREA, TRIAL_START), person(), TRIAL_END.plusDays(1), Trigger.BULK);

        assertThat(plan).isInstanceOfSatisfying(Plan.Move.class, move -> {
            assertThat(move.to()).isEqualTo(UUSIMAA);
            assertThat(move.basis()).isEqualTo(LegalBasis.TRIAL_END);
        });
    }

    @Test
    void leavesACustomerKeptAtTheOfficeOnDiscretionThere() {
        Custody kept = new Custody(7, UUSIMAA, LocalDate.of(2021, 6, 10), DiscretionaryReason.LANGUAGE_RIGHTS);

        assertThat(plan(kept, person(), DAY, Trigger.BULK))
                .isEqualTo(new Plan.Stay(7, Plan.StayReason.HELD_BY_DISCRETION));
    }

    @Test
    void leavesACustomerPlacedInAnotherAreaWithItsConsentThere() {
        Custody placed = new Custody(
                7, ResponsibleBody.area("espoo"), LocalDate.of(2021, 6, 10), DiscretionaryReason.LANGUAGE_RIGHTS);

        assertThat(plan(placed, person(), DAY, Trigger.BULK))
                .isEqualTo(new Plan.Stay(7, Plan.StayReason.HELD_BY_DISCRETION));
    }

    @Test
    void neverUndoesCustodyThatChangedAfterTheDayEvaluated() {
        Plan plan = plan(at(ResponsibleBody.area("espoo"), DAY), person(), TRIAL_START, Trigger.BULK);

        assertThat(plan).isEqualTo(new Plan.Stay(7, Plan.StayReason.CUSTODY_CHANGED_LATER));
    }

    @Test
    void leavesAnAreaCustomerWhoStillBelongsWhereTheyAre() {
        assertThat(plan(
                        at(ResponsibleBody.area("pirkanmaa"), TRIAL_START),
                        person().livingIn(TAMPERE),
                        DAY,
                        Trigger.BULK))
                .isEqualTo(new Plan.Stay(7, Plan.StayReason.IN_PLACE));
    }
}
