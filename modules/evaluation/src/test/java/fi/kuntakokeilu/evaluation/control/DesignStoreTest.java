package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.evaluation.control.Registry.TRIAL_START;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.evaluation.DesignView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trial's evaluation design as data (domain brief, "Evaluation"): its municipalities from the
 * start of their areas against the municipalities in no trial, and each customer's assignment
 * frozen when made (intention to treat), movers recorded.
 */
class DesignStoreTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final String DESIGN = "kuntakokeilu-2021";

    @BeforeEach
    void noUnitsNorAssignments() {
        db.execute("delete from eva_design_unit", "delete from eva_design_assignment");
        Registry.emptyPanelAndRegistry(db);
    }

    @Test
    void trialMunicipalitiesAreTreatedFromTheirAreasStartAgainstMunicipalitiesInNoTrial() {
        List<MunicipalityView> unmarked = new ArrayList<>();
        for (MunicipalityView m : Registry.MUNICIPALITIES) {
            unmarked.add(new MunicipalityView(
                    m.code(), m.nameFi(), m.nameSv(), m.employmentOffice(), null, m.trialAreas(), 0));
        }
        unmarked.add(Registry.municipality("200", null, null, null));

        DesignView design = db.inTransaction(em -> {
            new DesignStore(em).seedUnits(DESIGN, unmarked);
            return new DesignStore(em).design(DESIGN).orElseThrow();
        });

        assertThat(design.treated())
                .extracting(DesignView.TreatedUnit::municipality)
                .containsExactly("049", "091", "092", "245");
        assertThat(design.treated())
                .allSatisfy(unit -> assertThat(unit.treatedFrom()).isEqualTo(TRIAL_START));
        assertThat(design.comparison()).as("abroad (200) is no comparison").containsExactly("853", "905");
        assertThat(design.outcomes()).contains("UNEMPLOYED_SHARE", "ACTIVATION_RATE");
    }

    @Test
    void customersKeepTheirArmWhenTheyMoveAndTheMoveIsRecorded() {
        Registry registry = new Registry(db);
        // Vaasa (905) is marked as a comparison municipality: only it compares
        long stayer = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        long mover = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        registry.situation(mover, LocalDate.of(2021, 6, 10), "UNEMPLOYED", "NONE", "905");
        long comparison = unemployed(registry, LocalDate.of(2020, 1, 1), "905");
        long turku = unemployed(registry, LocalDate.of(2020, 1, 1), "853");
        long later = unemployed(registry, LocalDate.of(2021, 9, 1), "049");

        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            PanelBuilderTest.build(builder, builder.currentSources(), YearMonth.of(2021, 1), YearMonth.of(2021, 12));
            DesignStore designs = new DesignStore(em);
            designs.seedUnits(DESIGN, Registry.MUNICIPALITIES);
            designs.assign(designs.id(DESIGN).orElseThrow());
        });

        assertThat(assignment(stayer)).isEqualTo("2021-02-28 091 TREATED null null");
        assertThat(assignment(mover)).isEqualTo("2021-02-28 091 TREATED 2021-06-30 COMPARISON");
        assertThat(assignment(comparison)).isEqualTo("2021-02-28 905 COMPARISON null null");
        assertThat(assignment(turku))
                .as("Turku is neither treated nor marked for comparison")
                .isEqualTo("none");
        assertThat(assignment(later)).isEqualTo("2021-09-30 049 TREATED null null");

        // rebuilding the panel as if the mover had always lived in Vaasa changes no assignment
        db.execute("update cli_situation set home_municipality = '905' where job_seeker_id = " + mover);
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            PanelBuilderTest.build(builder, builder.currentSources(), YearMonth.of(2021, 1), YearMonth.of(2021, 12));
            DesignStore designs = new DesignStore(em);
            designs.assign(designs.id(DESIGN).orElseThrow());
        });
        assertThat(assignment(mover)).isEqualTo("2021-02-28 091 TREATED 2021-06-30 COMPARISON");

        DesignView design =
                db.inTransaction(em -> new DesignStore(em).design(DESIGN).orElseThrow());
        assertThat(design.assigned()).isEqualTo(new DesignView.ArmCounts(3, 1));
        assertThat(design.movers()).isEqualTo(new DesignView.ArmCounts(1, 0));
    }

    @Test
    void aBuildOfSomeMonthsOrSomePeopleAssignsWhatAPassOverEveryMonthAndEveryoneWould() {
        Registry registry = new Registry(db);
        long stayer = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        long mover = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        registry.situation(mover, LocalDate.of(2021, 6, 10), "UNEMPLOYED", "NONE", "905");
        long later = unemployed(registry, LocalDate.of(2021, 9, 1), "049");
        long back = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        registry.situation(back, LocalDate.of(2021, 6, 10), "UNEMPLOYED", "NONE", "905");
        registry.situation(back, LocalDate.of(2021, 8, 5), "UNEMPLOYED", "NONE", "091");
        long leaver = unemployed(registry, LocalDate.of(2020, 1, 1), "091");
        registry.situation(leaver, LocalDate.of(2021, 4, 10), "UNEMPLOYED", "NONE", "853");
        long arriving = unemployed(registry, LocalDate.of(2020, 1, 1), "853");
        registry.situation(arriving, LocalDate.of(2021, 5, 3), "UNEMPLOYED", "NONE", "049");
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            PanelBuilderTest.build(builder, builder.currentSources(), YearMonth.of(2021, 1), YearMonth.of(2021, 12));
            new DesignStore(em).seedUnits(DESIGN, Registry.MUNICIPALITIES);
        });
        List<Long> people = List.of(stayer, mover, later, back, leaver, arriving);

        // month by month, as one-month builds leave it
        db.run(em -> {
            DesignStore designs = new DesignStore(em);
            long id = designs.id(DESIGN).orElseThrow();
            for (YearMonth m = YearMonth.of(2021, 1); !m.isAfter(YearMonth.of(2021, 12)); m = m.plusMonths(1)) {
                designs.assign(id, m, m, false);
            }
        });
        List<String> monthByMonth = people.stream().map(this::assignment).toList();
        db.execute("delete from eva_design_assignment");
        db.run(em -> new DesignStore(em).assign(new DesignStore(em).id(DESIGN).orElseThrow()));

        assertThat(people.stream().map(this::assignment))
                .containsExactlyElementsOf(monthByMonth)
                .containsExactly(
                        "2021-02-28 091 TREATED null null",
                        "2021-02-28 091 TREATED 2021-06-30 COMPARISON",
                        "2021-09-30 049 TREATED null null",
                        "2021-02-28 091 TREATED 2021-06-30 COMPARISON",
                        "2021-02-28 091 TREATED 2021-04-30 OUTSIDE",
                        "2021-05-31 049 TREATED null null");

        // a nightly build that wrote only the later customer's rows assigns only them
        db.execute(
                "delete from eva_design_assignment",
                "delete from eva_panel_changed",
                "insert into eva_panel_changed (job_seeker_id) values (" + later + ")");
        db.run(em -> new DesignStore(em).assign(new DesignStore(em).id(DESIGN).orElseThrow(), null, null, true));
        db.execute("delete from eva_panel_changed");

        assertThat(assignment(later)).isEqualTo("2021-09-30 049 TREATED null null");
        assertThat(assignment(stayer)).isEqualTo("none");
        assertThat(assignment(mover)).isEqualTo("none");
    }

    /** A Finnish speaker born in 1980, unemployed in the municipality since registering. */
    static long unemployed(Registry registry, LocalDate registered, String municipality) {
        return registry.person(LocalDate.of(1980, 1, 1), "fin", registered, municipality, "UNEMPLOYED", "NONE");
    }

    String assignment(long person) {
        return db.inTransaction(em -> {
            try (var select = Sql.connection(em)
                    .prepareStatement("select assigned_month, municipality_code, arm, moved_month, moved_to"
                            + " from eva_design_assignment where job_seeker_id = ?")) {
                select.setLong(1, person);
                try (var rows = select.executeQuery()) {
                    return rows.next()
                            ? rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                                    + rows.getString(4) + " " + rows.getString(5)
                            : "none";
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
