package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.control.BulkTransfer;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.clients.control.CustomerExtract.Row;
import fi.kuntakokeilu.clients.control.JdbcJobSeekerImport;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.JpaJobSeekerStore;
import fi.kuntakokeilu.clients.control.PopulationGenerator;
import fi.kuntakokeilu.clients.control.Registry;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.clients.control.Transfers;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * The demo population of {@code run}: a few thousand seeded office customers (see {@link
 * PopulationGenerator} for the shares), moved to their trial areas on 1 March 2021 by the same bulk
 * transfer as production (a run row the administrator can look at), then some history by the same
 * rules: people finding work, moving house (Helsinki to Espoo, to Vaasa outside every trial),
 * discretionary returns, and people registering during the trial, whose entry orders are carried
 * out, except the latest ones, which wait on the offices' worklists.
 *
 * <p>Only in demo mode, and only into an empty registry, so a restart adds nothing. Writes go in
 * batches: start-up stays quick.
 */
@ApplicationScoped
public class DemoPopulation {

    static final LocalDate TRIAL_START = LocalDate.of(2021, 3, 1);
    static final String ACTOR = "demo";

    private static final Logger LOG = Logger.getLogger(DemoPopulation.class.getName());

    @Inject
    ClientsConfiguration configuration;

    @Inject
    Organisations organisations;

    @Inject
    TransferContexts contexts;

    @Inject
    JpaJobSeekerStore store;

    @Inject
    JdbcJobSeekerImport imports;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    BulkTransfer bulk;

    @Inject
    Registry registry;

    @Inject
    Transfers transfers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    void populate(@Observes @Priority(SchemaReady.POPULATION) SchemaReady ready) {
        if (!ready.demo() || !store.isEmpty()) {
            return;
        }
        Instant begin = clock.instant();
        TransferContext context = contexts.current();
        List<PopulationGenerator.Place> places = places();
        if (places.isEmpty()) {
            LOG.warning("No municipalities with an employment office: no demo population");
            return;
        }
        PopulationGenerator generator =
                new PopulationGenerator(configuration.demoSeed(), TRIAL_START.minusDays(1), places);
        int size = configuration.demoPopulation();
        for (int done = 0; done < size; done += 1000) {
            List<Parsed> chunk = generator.next(Math.min(1000, size - done)).stream()
                    .map(row -> new Parsed(row.line(), row, List.of()))
                    .toList();
            var outcome = imports.write(null, chunk, context, ACTOR);
            audit.recordAll(
                    Caller.SYSTEM, AuditAction.CREATE, "job-seeker", ids(outcome.inserted()), "demo population");
        }

        long runId = runs.create(TRIAL_START, null, false, Caller.SYSTEM, clock.instant());
        runs.markRunning(runId, runs.population(TRIAL_START), clock.instant());
        for (var chunk = bulk.step(runId, TRIAL_START, null, false, 500, context, ACTOR);
                chunk.processed() > 0;
                chunk = bulk.step(runId, TRIAL_START, null, false, 500, context, ACTOR)) {
            audit.recordAll(
                    Caller.SYSTEM,
                    AuditAction.TRANSFER,
                    "job-seeker",
                    chunk.transfers().stream()
                            .map(t -> String.valueOf(t.jobSeekerId()))
                            .toList(),
                    "transfer run " + runId);
        }
        runs.finish(runId, TransferRunStatus.COMPLETED, null, clock.instant());

        SplittableRandom random = new SplittableRandom(configuration.demoSeed() + 1);
        int changes = history(random, context);
        int newcomers = newcomers(generator, random, size / 25, context);
        List<Long> carried = transfers.carryOutDue(LocalDate.of(2024, 9, 30), ACTOR);
        LOG.info(() -> "Demo population: " + size + " customers, transfer run " + runId + ", " + changes
                + " later changes, " + newcomers + " registered during the trial (" + carried.size()
                + " entry orders carried out) in "
                + Duration.between(begin, clock.instant()).toMillis() + " ms");
    }

    private List<PopulationGenerator.Place> places() {
        List<PopulationGenerator.Place> places = new ArrayList<>();
        for (MunicipalityView municipality : organisations.municipalities()) {
            if (municipality.employmentOffice() != null) {
                boolean inTrial = municipality.trialAreas().stream().anyMatch(m -> m.coversDay(TRIAL_START));
                places.add(new PopulationGenerator.Place(municipality.code(), inTrial));
            }
        }
        return places;
    }

    /** Some of the areas' customers find work, move house, or are returned on discretion. */
    private int history(SplittableRandom random, TransferContext context) {
        List<JobSeekerSummary> inAreas = store.search(Caller.SYSTEM, null, null, 0, Integer.MAX_VALUE).items().stream()
                .filter(person -> person.responsibleBody().isArea())
                .toList();
        int changes = 0;
        for (JobSeekerSummary summary : inAreas) {
            double p = random.nextDouble();
            LocalDate day = TRIAL_START.plusDays(30 + random.nextInt(600));
            if (p >= 0.055) {
                continue;
            }
            JobSeeker person = store.find(summary.id()).orElseThrow();
            if (p < 0.04) {
                change(person, SituationChangeRequest.of(day, LabourMarketStatus.EMPLOYED, null, null), context);
            } else if (p < 0.045) {
                String to = "091".equals(summary.homeMunicipality()) ? "049" : "091";
                change(person, SituationChangeRequest.of(day, null, null, to), context);
            } else if (p < 0.05) {
                change(person, SituationChangeRequest.of(day, null, null, "905"), context);
            } else {
                LocalDate after = day.isBefore(LocalDate.of(2021, 6, 1)) ? day.plusDays(120) : day;
                transfers.onDiscretion(
                        person,
                        new DiscretionaryTransferRequest(
                                ResponsibleBody.office(null), after, DiscretionaryReason.LANGUAGE_RIGHTS, null),
                        context,
                        ACTOR);
            }
            audit.record(Caller.SYSTEM, AuditAction.UPDATE, "job-seeker", String.valueOf(person.id()), "demo history");
            changes++;
        }
        return changes;
    }

    private void change(JobSeeker person, SituationChangeRequest change, TransferContext context) {
        if (organisationsKnow(change.homeMunicipality(), context)) {
            registry.changeSituation(person, change, context, ACTOR);
        }
    }

    private static boolean organisationsKnow(String municipality, TransferContext context) {
        return municipality == null
                || context.areas()
                        .officeOf(fi.kuntakokeilu.platform.identity.MunicipalityCode.of(municipality))
                        .isPresent();
    }

    /** People who register during the trial: the ones in the target group get entry orders. */
    private int newcomers(PopulationGenerator generator, SplittableRandom random, int count, TransferContext context) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(TRIAL_START.plusDays(1), LocalDate.of(2024, 11, 30));
        for (Row row : generator.next(count)) {
            LocalDate registered = TRIAL_START.plusDays(1 + random.nextLong(span));
            JobSeeker person = registry.register(
                    JobSeekerRequest.of(
                            row.code().value(),
                            row.firstName(),
                            row.lastName(),
                            row.homeMunicipality(),
                            row.motherTongue(),
                            row.immigrant(),
                            row.labourMarketStatus(),
                            row.unemploymentBenefit(),
                            registered),
                    context,
                    ACTOR);
            audit.record(
                    Caller.SYSTEM, AuditAction.CREATE, "job-seeker", String.valueOf(person.id()), "demo population");
        }
        return count;
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
