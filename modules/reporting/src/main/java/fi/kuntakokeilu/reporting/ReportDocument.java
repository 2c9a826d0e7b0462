package fi.kuntakokeilu.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered report: its bytes, its form and a strong entity tag over the bytes, so a client that
 * has the same document gets 304 Not Modified; for the text forms (JSON, CSV) also the same bytes
 * gzip-compressed, made once with the document, for clients that accept that encoding.
 *
 * @param fileName a name for saving it, e.g. {@code kuntakokeilu-2022-01.pdf}
 * @param gzipped the content gzip-compressed, or null for a form that is compressed already
 */
public record ReportDocument(byte[] content, ReportFormat format, String entityTag, String fileName, byte[] gzipped) {

    public ReportDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(entityTag, "entityTag");
    }

    /** A document with its compressed bytes when its form is text (the spreadsheet and PDF are compressed). */
    public static ReportDocument of(byte[] content, ReportFormat format, String entityTag, String fileName) {
        boolean text = format == ReportFormat.JSON || format == ReportFormat.CSV;
        return new ReportDocument(content, format, entityTag, fileName, text ? gzip(content) : null);
    }

    /** The entity tag of the gzip-encoded representation (strong tags name one representation each). */
    public String gzippedEntityTag() {
        return entityTag + "-gzip";
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
