package fi.kuntakokeilu.reporting;

import java.util.Objects;

/**
 * A rendered report: its bytes, its form and a strong entity tag over the bytes, so a client that
 * has the same document gets 304 Not Modified.
 *
 * @param fileName a name for saving it, e.g. {@code kuntakokeilu-2022-01.pdf}
 */
public record ReportDocument(byte[] content, ReportFormat format, String entityTag, String fileName) {

    public ReportDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(entityTag, "entityTag");
    }
}
