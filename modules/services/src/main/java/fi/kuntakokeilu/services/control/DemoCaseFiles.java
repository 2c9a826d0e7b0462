package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.services.ApplicationObligationTerms;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.NoteTopic;
import fi.kuntakokeilu.services.PlanKind;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ScheduledInterview;
import fi.kuntakokeilu.services.ServicePeriodStatus;
import fi.kuntakokeilu.services.WorkSituation;
import fi.kuntakokeilu.services.entity.ApplicationReport;
import fi.kuntakokeilu.services.entity.BenefitStatementRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo case files of {@code run}: for a population of customers, plausible plans (most with two
 * versions, the latest within the last months), the interview schedule of the rule regime in force
 * (most past meetings held, some not: overdue on the worklists), service periods (some ending soon,
 * some overdue to close), monthly job-application reports with the reminders and statements their
 * neglects lead to, and case notes. The same seed and the same day give the same data.
 *
 * <p>Written with batched SQL on the transaction's connection, so start-up stays quick; the rules are
 * the production ones ({@link InterviewScheduler}, {@link ApplicationObligationRules}, {@link
 * CaseFile#consequences}).
 */
@ApplicationScoped
public class DemoCaseFiles {

    static final String ACTOR = "demo";

    private static final String[] SERVICES = {
        "PAY_SUBSIDY",
        "WORK_TRIAL",
        "WORK_TRIAL",
        "TRAINING_TRIAL",
        "LABOUR_MARKET_TRAINING",
        "COACHING",
        "COACHING",
        "SELF_MOTIVATED_STUDY",
        "REHABILITATIVE_WORK",
        "START_UP_GRANT",
        "INTEGRATION_TRAINING",
        "JOB_ALTERNATION",
        "MULTISECTORAL_JOINT_SERVICE"
    };
    private static final String[] PROVIDERS = {
        "Kaupungin työllisyyspalvelut",
        "Valmennus Oy",
        "Ammattiopisto",
        "Rakennus ja Remontti Oy",
        "Kauppakeskuksen myymälä",
        "Seudun TYP-palvelu"
    };
    private static final String[] ACTIONS = {
        "Hakee varasto- ja logistiikka-alan töitä; päivittää CV:n ja työnhakuprofiilin.",
        "Työkokeilu hoiva-alalla; selvitetään koulutusmahdollisuudet.",
        "Osallistuu työnhakuvalmennukseen ja hakee asiakaspalvelutehtäviä.",
        "Suomen kielen koulutus ja työkokeilu; hakee ravintola-alan töitä.",
        "Selvitetään palkkatukimahdollisuus ja haetaan rakennusalan töitä."
    };
    private static final String[] NOTES = {
        "Asiakas tavattu, työnhaku etenee suunnitelman mukaan.",
        "Soitettu asiakkaalle, sovittu seuraava tapaaminen.",
        "Asiakas toimitti työnhakuraportin ajallaan.",
        "Keskusteltu koulutusvaihtoehdoista; asiakas harkitsee työvoimakoulutusta."
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NeglectLadder ladder;

    protected DemoCaseFiles() {}

    public DemoCaseFiles(EntityManager em, Clock clock, NeglectLadder ladder) {
        this.em = em;
        this.clock = clock;
        this.ladder = ladder;
    }

    /** Nothing written yet: no plan and no appointment. */
    public boolean isEmpty() {
        Number plans =
                (Number) em.createNativeQuery("select count(*) from svc_plan").getSingleResult();
        Number appointments = (Number)
                em.createNativeQuery("select count(*) from svc_appointment").getSingleResult();
        return plans.longValue() == 0 && appointments.longValue() == 0;
    }

    /** Writes the case files of the customers, in id order; returns how many got a plan. */
    public int write(List<CustomerInCare> customers, long seed) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Rows rows = new Rows();
        SplittableRandom random = new SplittableRandom(seed);
        long planId = 0;
        int planned = 0;
        for (CustomerInCare customer : customers.stream()
                .sorted(java.util.Comparator.comparingLong(CustomerInCare::jobSeekerId))
                .toList()) {
            SplittableRandom r = random.split();
            if (customer.registeredOn().isAfter(today.minusDays(30))) {
                continue;
            }
            if (r.nextDouble() < 0.06) {
                if (r.nextBoolean()) {
                    rows.note(
                            customer.jobSeekerId(),
                            NoteTopic.CONTACT,
                            "Asiakkaaseen ei ole saatu yhteyttä alkuhaastattelua varten.",
                            now);
                }
                continue;
            }
            planId++;
            planned++;
            plan(customer, planId, r, today, now, rows);
        }
        rows.flush(connection());
        return planned;
    }

    private void plan(
            CustomerInCare customer, long planId, SplittableRandom r, LocalDate today, Instant now, Rows rows) {
        long id = customer.jobSeekerId();
        LocalDate registered = customer.registeredOn();
        LocalDate latest = today.minusDays(r.nextInt(0, 110));
        if (latest.isBefore(registered)) {
            latest = registered.plusDays(3);
        }
        LocalDate first = registered.plusDays(r.nextInt(3, 11));
        List<LocalDate> days = first.isBefore(latest.minusDays(30)) ? List.of(first, latest) : List.of(latest);
        double p = r.nextDouble();
        PlanKind kind = p < 0.82
                ? PlanKind.EMPLOYMENT_PLAN
                : p < 0.90
                        ? PlanKind.ACTIVATION_PLAN
                        : p < 0.96 ? PlanKind.INTEGRATION_PLAN : PlanKind.MULTISECTORAL_JOINT_PLAN;
        rows.plan(planId, id, kind, customer, days.size(), now);

        ApplicationRequirement requirement = null;
        WorkSituation situation = null;
        LocalDate layoff = null;
        for (int v = 0; v < days.size(); v++) {
            LocalDate day = days.get(v);
            boolean last = v == days.size() - 1;
            if (last && !day.isBefore(RuleRegime.NORDIC_MODEL_START)) {
                situation = situation(customer.labourMarketStatus());
                if (situation == WorkSituation.FULL_LAYOFF) {
                    layoff = day.minusDays(r.nextInt(0, 150));
                }
                if (situation != null) {
                    boolean reduced = situation == WorkSituation.UNEMPLOYED && r.nextDouble() < 0.06;
                    requirement = ApplicationObligationRules.requirement(new ApplicationObligationTerms(
                            situation,
                            day,
                            reduced ? 2 : null,
                            reduced ? "Osallistuu kuntouttavaan työtoimintaan kolmena päivänä viikossa." : null,
                            layoff));
                }
            }
            RuleRegime regime = RegimeSwitch.regimeAfterPlanUpdate(registered, day);
            LocalDate review = FinnishCalendar.nextWorkingDayOnOrAfter(day.plusMonths(3));
            rows.version(
                    planId,
                    v + 1,
                    id,
                    day,
                    review,
                    customer,
                    regime,
                    ACTIONS[r.nextInt(ACTIONS.length)],
                    last ? situation : null,
                    last ? layoff : null,
                    last ? requirement : null,
                    now);
        }

        // The initial interview produced the first version; the schedule runs from the latest.
        rows.appointment(
                id,
                InterviewKind.INITIAL_INTERVIEW,
                1,
                RuleRegime.inForceOn(registered),
                CaseFile.initialInterviewDue(registered),
                days.get(0),
                "SCHEDULE",
                now);
        for (ScheduledInterview interview : InterviewScheduler.forCustomer(registered, days, latest.plusMonths(12))
                .interviews()) {
            if (interview.kind() == InterviewKind.INITIAL_INTERVIEW
                    || !interview.dueDate().isAfter(latest)) {
                continue;
            }
            LocalDate held = null;
            if (interview.dueDate().isBefore(today) && r.nextDouble() < 0.85) {
                held = interview.dueDate().minusDays(r.nextInt(0, 4));
            }
            rows.appointment(
                    id,
                    interview.kind(),
                    interview.sequence(),
                    interview.regime(),
                    interview.dueDate(),
                    held,
                    "SCHEDULE",
                    now);
        }

        if (requirement != null) {
            List<ApplicationReport> reports = new ArrayList<>();
            for (LocalDate month = requirement.startsOn().withDayOfMonth(1);
                    month.isBefore(today.withDayOfMonth(1));
                    month = month.plusMonths(1)) {
                int required = requirement.periodMonths() == 1 ? requirement.applications() : r.nextInt(0, 2);
                int applications =
                        r.nextDouble() < 0.12 && required > 0 ? r.nextInt(0, required) : required + r.nextInt(0, 4);
                ApplicationReport report = new ApplicationReport(id, month);
                report.report(applications, ACTOR, now);
                reports.add(report);
                rows.report(id, month, applications, now);
            }
            for (BenefitStatementRecord record : CaseFile.consequences(
                    id,
                    planId,
                    requirement,
                    reports,
                    List.of(),
                    CaseFile.benefitOf(customer.unemploymentBenefit()),
                    ladder,
                    today,
                    now)) {
                rows.statement(record, record.periodEnd().isBefore(today.minusDays(40)) ? now : null);
            }
        }

        if (r.nextDouble() < 0.3) {
            String service = SERVICES[r.nextInt(SERVICES.length)];
            String provider = PROVIDERS[r.nextInt(PROVIDERS.length)];
            double s = r.nextDouble();
            if (s < 0.55) {
                LocalDate start = today.minusDays(r.nextInt(10, 150));
                rows.period(
                        id,
                        service,
                        provider,
                        ServicePeriodStatus.ONGOING,
                        start,
                        today.plusDays(r.nextInt(-5, 90)),
                        now);
            } else if (s < 0.8) {
                LocalDate start = today.minusDays(r.nextInt(120, 400));
                rows.period(id, service, provider, ServicePeriodStatus.COMPLETED, start, start.plusDays(90), now);
            } else if (s < 0.9) {
                LocalDate start = today.minusDays(r.nextInt(60, 200));
                rows.period(id, service, provider, ServicePeriodStatus.INTERRUPTED, start, start.plusDays(30), now);
            } else {
                LocalDate start = today.plusDays(r.nextInt(7, 60));
                rows.period(id, service, provider, ServicePeriodStatus.PLANNED, start, start.plusDays(60), now);
            }
        }
        if (r.nextDouble() < 0.4) {
            rows.note(id, NoteTopic.CONTACT, NOTES[r.nextInt(NOTES.length)], now);
        }
    }

    /** The situation a plan records for the labour-market status, when it sets an obligation at all. */
    static WorkSituation situation(LabourMarketStatus status) {
        return switch (status) {
            case UNEMPLOYED -> WorkSituation.UNEMPLOYED;
            case LAID_OFF_FULL -> WorkSituation.FULL_LAYOFF;
            case LAID_OFF_PARTIAL -> WorkSituation.SHORTENED_WEEK_LAYOFF;
            case EMPLOYED_PART_TIME -> WorkSituation.PART_TIME_WORK;
            default -> null;
        };
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("demo case files need an active transaction");
        }
        return connection;
    }

    /** The rows to write, per table, in insert order. */
    private static final class Rows {
        final List<Object[]> plans = new ArrayList<>();
        final List<Object[]> versions = new ArrayList<>();
        final List<Object[]> appointments = new ArrayList<>();
        final List<Object[]> reports = new ArrayList<>();
        final List<Object[]> statements = new ArrayList<>();
        final List<Object[]> periods = new ArrayList<>();
        final List<Object[]> notes = new ArrayList<>();

        void plan(long planId, long id, PlanKind kind, CustomerInCare customer, int versions, Instant now) {
            plans.add(new Object[] {
                planId,
                id,
                kind.name(),
                customer.responsibleBody().type().name(),
                customer.responsibleBody().key(),
                versions,
                now,
                now
            });
        }

        void version(
                long planId,
                int number,
                long id,
                LocalDate day,
                LocalDate review,
                CustomerInCare customer,
                RuleRegime regime,
                String actions,
                WorkSituation situation,
                LocalDate layoff,
                ApplicationRequirement requirement,
                Instant now) {
            versions.add(new Object[] {
                planId,
                number,
                id,
                day,
                review,
                customer.responsibleBody().type().name(),
                customer.responsibleBody().key(),
                regime.name(),
                actions,
                situation == null ? null : situation.name(),
                layoff,
                requirement == null ? null : requirement.applications(),
                requirement == null ? null : requirement.periodMonths(),
                requirement == null ? null : requirement.startsOn(),
                requirement == null ? null : requirement.basis().name(),
                requirement == null ? null : requirement.reductionReason(),
                ACTOR,
                now
            });
        }

        void appointment(
                long id,
                InterviewKind kind,
                int sequence,
                RuleRegime regime,
                LocalDate due,
                LocalDate held,
                String source,
                Instant now) {
            appointments.add(new Object[] {id, kind.name(), sequence, regime.name(), due, held, source, ACTOR, now});
        }

        void report(long id, LocalDate month, int applications, Instant now) {
            reports.add(new Object[] {id, month, applications, ACTOR, now});
        }

        void statement(BenefitStatementRecord s, Instant sentAt) {
            statements.add(new Object[] {
                s.jobSeekerId(),
                s.planId(),
                s.periodStart(),
                s.periodEnd(),
                s.required(),
                s.reported(),
                s.neglectNumber(),
                s.kind().name(),
                s.daysWithoutBenefit(),
                s.benefitType() == null ? null : s.benefitType().name(),
                s.addressedTo() == null ? null : s.addressedTo().name(),
                s.language(),
                s.text(),
                s.createdAt(),
                sentAt
            });
        }

        void period(
                long id,
                String service,
                String provider,
                ServicePeriodStatus status,
                LocalDate start,
                LocalDate end,
                Instant now) {
            periods.add(new Object[] {id, service, provider, status.name(), start, end, ACTOR, now});
        }

        void note(long id, NoteTopic topic, String body, Instant now) {
            notes.add(new Object[] {id, topic.name(), body, ACTOR, now, now});
        }

        void flush(Connection connection) {
            insert(
                    connection,
                    "insert into svc_plan (id, job_seeker_id, kind, origin_type, origin_key, latest_version,"
                            + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    plans);
            insert(
                    connection,
                    "insert into svc_plan_version (plan_id, version_number, job_seeker_id, agreed_on, review_due,"
                            + " made_by_type, made_by_key, regime, agreed_actions, work_situation, layoff_started_on,"
                            + " applications_per_period, period_months, obligation_starts_on, obligation_basis,"
                            + " reduction_reason, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    versions);
            insert(
                    connection,
                    "insert into svc_appointment (job_seeker_id, kind, sequence_no, regime, due_on, held_on, source,"
                            + " recorded_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    appointments);
            insert(
                    connection,
                    "insert into svc_application_report (job_seeker_id, month, applications, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?)",
                    reports);
            insert(
                    connection,
                    "insert into svc_benefit_statement (job_seeker_id, plan_id, period_start, period_end,"
                            + " required_count, reported_count, neglect_number, kind, days_without_benefit,"
                            + " benefit_type, addressed_to, language, text, created_at, sent_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    statements);
            insert(
                    connection,
                    "insert into svc_service_period (job_seeker_id, service_code, provider, status, start_date,"
                            + " end_date, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    periods);
            insert(
                    connection,
                    "insert into svc_case_note (job_seeker_id, topic, body, written_by, written_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    notes);
        }

        private static void insert(Connection connection, String sql, List<Object[]> rows) {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        set(insert, i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("demo case files: " + sql, e);
            }
        }

        private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(index, value);
            }
        }
    }
}
