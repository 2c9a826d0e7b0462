package fi.kuntakokeilu.clients.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clients module's settings (MicroProfile Config; defaults in this module's {@code
 * META-INF/microprofile-config.properties}, overridden by environment variables such as {@code
 * CLIENTS_RULES_EXCLUSION_ITEMS}).
 *
 * <ul>
 *   <li>{@code clients.rules.exclusion-items} (default none): which items (1–3) of PES Act ch. 5a §
 *       2(1) exclude from the target group. <b>Open</b> in the sources: see {@link RuleSettings}.
 *   <li>{@code clients.rules.return-when-leaving-target-group} (default false). <b>Open</b>: see
 *       {@link RuleSettings}.
 *   <li>{@code clients.rules.discretion-from} (2021-06-01), {@code clients.transfer.entry-days} (7).
 *   <li>{@code clients.transfer.chunk-size} (1000): job seekers per transaction of a bulk run.
 *   <li>{@code clients.transfer.run-heartbeat-timeout} (PT5M): a run silent this long counts as
 *       interrupted and may be restarted; the watchdog restarts it by itself.
 *   <li>{@code clients.transfer.watchdog-interval} (PT1M): how often each instance looks for silent
 *       runs to take over (see {@code TransferRunWatchdog}).
 *   <li>{@code clients.transfer.due-orders-at} (02:15): when the daily job carries out entry orders
 *       whose deadline has come.
 *   <li>{@code clients.import.chunk-size} (1000), {@code clients.import.listed-errors} (1000):
 *       rows per transaction of an import, and refused rows listed in its report.
 *   <li>{@code clients.import.spool-directory} (the temporary directory's {@code
 *       kuntakokeilu-imports}): where an extract uploaded on the administrators' page is stored
 *       until its batch job has read it.
 *   <li>{@code clients.retention.former-customers} (P5Y), {@code clients.retention.import-errors}
 *       (P90D), {@code clients.retention.run-at} (03:00): see {@link Retention}.
 *   <li>{@code clients.demo.population} (4000), {@code clients.demo.seed} (20210301): the demo
 *       population of {@code run}.
 * </ul>
 */
@ApplicationScoped
public class ClientsConfiguration {

    @Inject
    @ConfigProperty(name = "clients.rules.exclusion-items")
    Optional<String> exclusionItems;

    @Inject
    @ConfigProperty(name = "clients.rules.return-when-leaving-target-group", defaultValue = "false")
    boolean returnWhenLeavingTargetGroup;

    @Inject
    @ConfigProperty(name = "clients.rules.discretion-from", defaultValue = "2021-06-01")
    String discretionFrom;

    @Inject
    @ConfigProperty(name = "clients.transfer.entry-days", defaultValue = "7")
    int entryDays;

    @Inject
    @ConfigProperty(name = "clients.transfer.chunk-size", defaultValue = "1000")
    int transferChunkSize;

    @Inject
    @ConfigProperty(name = "clients.transfer.run-heartbeat-timeout", defaultValue = "PT5M")
    String runHeartbeatTimeout;

    @Inject
    @ConfigProperty(name = "clients.transfer.watchdog-interval", defaultValue = "PT1M")
    String watchdogInterval;

    @Inject
    @ConfigProperty(name = "clients.transfer.due-orders-at", defaultValue = "02:15")
    String dueOrdersAt;

    @Inject
    @ConfigProperty(name = "clients.import.chunk-size", defaultValue = "1000")
    int importChunkSize;

    @Inject
    @ConfigProperty(name = "clients.import.listed-errors", defaultValue = "1000")
    int listedImportErrors;

    @Inject
    @ConfigProperty(name = "clients.import.spool-directory")
    Optional<String> importSpoolDirectory;

    @Inject
    @ConfigProperty(name = "clients.retention.former-customers", defaultValue = "P5Y")
    String retainFormerCustomers;

    @Inject
    @ConfigProperty(name = "clients.retention.import-errors", defaultValue = "P90D")
    String retainImportErrors;

    @Inject
    @ConfigProperty(name = "clients.retention.run-at", defaultValue = "03:00")
    String retentionRunAt;

    @Inject
    @ConfigProperty(name = "clients.demo.population", defaultValue = "4000")
    int demoPopulation;

    @Inject
    @ConfigProperty(name = "clients.demo.seed", defaultValue = "20210301")
    long demoSeed;

    public RuleSettings ruleSettings() {
        Set<Integer> items = exclusionItems
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .map(Integer::valueOf)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        for (int item : items) {
            if (item < 1 || item > 3) {
                throw new IllegalStateException("clients.rules.exclusion-items: items are 1-3, not " + item);
            }
        }
        return new RuleSettings(items, returnWhenLeavingTargetGroup, LocalDate.parse(discretionFrom), entryDays);
    }

    public int transferChunkSize() {
        return transferChunkSize;
    }

    public Duration runHeartbeatTimeout() {
        return Duration.parse(runHeartbeatTimeout);
    }

    public Duration watchdogInterval() {
        return Duration.parse(watchdogInterval);
    }

    public LocalTime dueOrdersAt() {
        return LocalTime.parse(dueOrdersAt);
    }

    public int importChunkSize() {
        return importChunkSize;
    }

    public int listedImportErrors() {
        return listedImportErrors;
    }

    /** Where an uploaded extract waits for its background import (deleted once read). */
    public Path importSpoolDirectory() {
        return importSpoolDirectory == null
                        || importSpoolDirectory.isEmpty()
                        || importSpoolDirectory.get().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "kuntakokeilu-imports")
                : Path.of(importSpoolDirectory.get().strip());
    }

    public Period retainFormerCustomers() {
        return Period.parse(retainFormerCustomers);
    }

    public Period retainImportErrors() {
        return Period.parse(retainImportErrors);
    }

    public LocalTime retentionRunAt() {
        return LocalTime.parse(retentionRunAt);
    }

    public int demoPopulation() {
        return demoPopulation;
    }

    public long demoSeed() {
        return demoSeed;
    }
}
