package fi.kuntakokeilu.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The forms a monthly status report is served in, chosen by the request's {@code Accept} header. */
public enum ReportFormat {
    JSON("application/json"),
    /** RFC 4180, UTF-8 without a byte-order mark, one row per figure. */
    CSV("text/csv"),
    /** A spreadsheet with one sheet per table. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Printable, with tables and charts. */
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type such as {@code text/csv}, ignoring parameters and case. */
    public static Optional<ReportFormat> ofMediaType(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String bare = type.split(";", 2)[0].strip();
        return Arrays.stream(values())
                .filter(format -> format.mediaType.equalsIgnoreCase(bare))
                .findFirst();
    }
}
