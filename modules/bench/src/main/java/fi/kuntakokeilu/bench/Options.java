package fi.kuntakokeilu.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

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
        Duration readyTimeout) {

    static Options parse(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                map.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
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
                Duration.parse(map.getOrDefault("ready-timeout", "PT5M")));
    }
}
