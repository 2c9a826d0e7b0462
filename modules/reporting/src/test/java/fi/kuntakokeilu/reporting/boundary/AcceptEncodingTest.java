package fi.kuntakokeilu.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which {@code Accept-Encoding} headers get a report's text forms gzip-compressed (RFC 9110, 12.5.3). */
class AcceptEncodingTest {

    @Test
    void gzipNamedAmongOthersIsAccepted() {
        assertThat(ReportRequests.acceptsGzip("gzip")).isTrue();
        assertThat(ReportRequests.acceptsGzip("deflate, gzip;q=0.8, br")).isTrue();
        assertThat(ReportRequests.acceptsGzip("GZIP")).isTrue();
    }

    @Test
    void noHeaderAnotherCodingOrQualityZeroGetsTheIdentity() {
        assertThat(ReportRequests.acceptsGzip(null)).isFalse();
        assertThat(ReportRequests.acceptsGzip("br, deflate")).isFalse();
        assertThat(ReportRequests.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ReportRequests.acceptsGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(ReportRequests.acceptsGzip("x-gzip-ish")).isFalse();
    }
}
