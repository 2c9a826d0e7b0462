package fi.kuntakokeilu.web.it.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real subjects of the running server's demo data for generated tests: a placeholder such as
 * {@code {some-name}} in a sample path becomes the id of a subject looked up once through the API
 * or the database. Modules register their placeholders here as their endpoints arrive.
 */
public final class Subjects {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");
    private static final Map<String, Supplier<String>> LOOKUPS = Map.of(
            // a customer of Helsinki's trial area in the demo population
            "helsinki-job-seeker", () -> Api.as("caseworker.helsinki")
                    .get("/api/v1/job-seekers?size=1")
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .toString());
    private static final Map<String, String> FOUND = new ConcurrentHashMap<>();

    private Subjects() {}

    /** The path with every placeholder replaced by a real subject's id. */
    public static String fill(String sample) {
        Matcher matcher = PLACEHOLDER.matcher(sample);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Supplier<String> lookup = LOOKUPS.get(name);
            if (lookup == null) {
                throw new IllegalArgumentException("no subject lookup for {" + name + "} in " + sample);
            }
            matcher.appendReplacement(path, FOUND.computeIfAbsent(name, n -> lookup.get()));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
