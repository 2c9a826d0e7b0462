package fi.kuntakokeilu.reporting.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.nio.charset.StandardCharsets;

/**
 * Reports and benchmarks as JSON bytes, written once and cached like the other formats so that
 * the entity tag is over exactly what the client receives. Properties come in the order the records
 * declare them, as everywhere in the API.
 */
public final class JsonReport {

    private static volatile Jsonb jsonb;

    private JsonReport() {}

    public static byte[] write(Object value) {
        return jsonb().toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static Jsonb jsonb() {
        Jsonb known = jsonb;
        if (known == null) {
            synchronized (JsonReport.class) {
                if (jsonb == null) {
                    jsonb = JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.ANY));
                }
                known = jsonb;
            }
        }
        return known;
    }
}
