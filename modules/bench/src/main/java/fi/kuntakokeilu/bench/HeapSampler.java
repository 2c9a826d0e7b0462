package fi.kuntakokeilu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Samples the server's used heap from its MicroProfile Metrics endpoint while a scenario runs. */
final class HeapSampler implements AutoCloseable {

    private static final Pattern USED_HEAP =
            Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+([0-9.eE+]+)");

    private final AtomicLong peak = new AtomicLong(-1);
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(URI base) {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest metrics = HttpRequest.newBuilder(base.resolve("/metrics"))
                .timeout(Duration.ofSeconds(5))
                .build();
        thread = new Thread(
                () -> {
                    while (running) {
                        try {
                            String body = client.send(metrics, HttpResponse.BodyHandlers.ofString())
                                    .body();
                            Matcher m = USED_HEAP.matcher(body);
                            if (m.find()) {
                                long used = (long) Double.parseDouble(m.group(1));
                                peak.accumulateAndGet(used, Math::max);
                            }
                            Thread.sleep(250);
                        } catch (InterruptedException e) {
                            return;
                        } catch (Exception e) {
                            // the server may be busy; try again
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The peak used heap in MB, or -1 when the metric was never read. */
    long peakMb() {
        long bytes = peak.get();
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
