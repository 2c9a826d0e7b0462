package fi.kuntakokeilu.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The bench command's options (see the bench profile in the root pom and README "Benchmarks"). */
record Options(
        Path war,
        Path payaraMicro,
        Path home,
        Path work,
        int customers,
        int clients,
        int requests,
        String serverHeap,
        String bufferPool,
        String redoLog,
        Duration readyTimeout,
        boolean reuse,
        Set<String> scenarios) {

    /**
     * The scenarios that can run on the database a previous run left ({@code bench.reuse}): those
     * that read the panel, and the restart. The others make or need the run's own fresh data.
     */
    static final Set<String> ON_PREVIOUS_DATA = Set.of("panel", "increment", "report", "restart", "export");

    /**
     * The scenarios in their order of running, each after the ones it needs: a scenario asked for
     * brings in those before it on its path (a panel needs the history, which needs the transfer,
     * which needs the import). Start to healthy always runs.
     */
    static final Map<String, List<String>> SCENARIOS = scenarioNeeds();

    private static Map<String, List<String>> scenarioNeeds() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        needs.put("import", List.of());
        needs.put("transfer", List.of("import"));
        needs.put("history", List.of("transfer"));
        needs.put("load", List.of("transfer"));
        needs.put("search", List.of("transfer"));
        needs.put("panel", List.of("history"));
        needs.put("increment", List.of("panel"));
        needs.put("report", List.of("panel"));
        needs.put("restart", List.of());
        needs.put("export", List.of("panel"));
        return Collections.unmodifiableMap(needs);
    }

    /** Whether this run measures the named scenario (one of {@link #SCENARIOS}). */
    boolean runs(String scenario) {
        if (!SCENARIOS.containsKey(scenario)) {
            throw new IllegalArgumentException("no such scenario: " + scenario);
        }
        return scenarios.contains(scenario);
    }

    /**
     * The scenarios asked for ("all", or names separated by commas) with those they need; on a
     * previous run's data, only those asked for and only {@link #ON_PREVIOUS_DATA} (the data is
     * there already).
     */
    static Set<String> selected(String list, boolean reuse) {
        if (reuse) {
            if (list.isBlank() || list.strip().equals("all")) {
                return ON_PREVIOUS_DATA;
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String name : list.split(",")) {
                if (!ON_PREVIOUS_DATA.contains(name.strip())) {
                    throw new IllegalArgumentException("on a previous run's data (bench.reuse) only "
                            + String.join(", ", new TreeSet<>(ON_PREVIOUS_DATA)) + " can run, not " + name.strip());
                }
                chosen.add(name.strip());
            }
            return chosen;
        }
        if (list.isBlank() || list.strip().equals("all")) {
            return SCENARIOS.keySet();
        }
        Set<String> chosen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (String name : list.split(",")) {
            pending.add(name.strip());
        }
        while (!pending.isEmpty()) {
            String name = pending.poll();
            List<String> needed = SCENARIOS.get(name);
            if (needed == null) {
                throw new IllegalArgumentException(
                        "no such scenario: " + name + " (known: all, " + String.join(", ", SCENARIOS.keySet()) + ")");
            }
            if (chosen.add(name)) {
                pending.addAll(needed);
            }
        }
        return chosen;
    }

    static Options parse(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                map.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        boolean reuse = Boolean.parseBoolean(map.getOrDefault("reuse", "false"));
        return new Options(
                Path.of(map.get("war")),
                Path.of(map.get("payara-micro")),
                Path.of(map.getOrDefault("home", ".")),
                Path.of(map.getOrDefault("work", "target/bench")),
                Integer.parseInt(map.getOrDefault("customers", "700000")),
                Integer.parseInt(map.getOrDefault("clients", "200")),
                Integer.parseInt(map.getOrDefault("requests", "40000")),
                map.getOrDefault("server-heap", "1g"),
                map.getOrDefault("buffer-pool", "4G"),
                map.getOrDefault("redo-log", "2G"),
                Duration.parse(map.getOrDefault("ready-timeout", "PT5M")),
                reuse,
                selected(map.getOrDefault("scenarios", "all"), reuse));
    }
}
