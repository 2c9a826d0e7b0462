package fi.kuntakokeilu.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.reporting.ReportFormat;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month parameter is YYYY-MM or a 400 naming it; formats are found by media type. */
class ReportRequestsTest {

    @Test
    void readsAMonthAsYearAndMonth() {
        assertThat(ReportRequests.month("2022-01", true)).isEqualTo(YearMonth.of(2022, 1));
        assertThat(ReportRequests.month(null, false)).isNull();
        assertThat(ReportRequests.month(" ", false)).isNull();
    }

    @Test
    void refusesAnythingElseNamingTheParameter() {
        for (String bad : new String[] {"2022-13", "2022-1", "22-01", "2022-01-01", "'; drop table x", "٢٠٢٢-٠١"}) {
            assertThatThrownBy(() -> ReportRequests.month(bad, true))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .extracting(error -> error.field())
                            .containsExactly("month"));
        }
        assertThatThrownBy(() -> ReportRequests.month(null, true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void findsTheFormatOfAMediaTypeWhateverItsParameters() {
        assertThat(ReportFormat.ofMediaType("text/csv;charset=UTF-8")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.ofMediaType("APPLICATION/PDF")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.ofMediaType("text/html")).isEmpty();
    }
}
