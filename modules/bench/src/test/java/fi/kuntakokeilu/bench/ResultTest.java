package fi.kuntakokeilu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The table's verdicts follow issue 9: a target is met only under its figure and within 3× of the
 * floor measured in the same run; a scenario that measured nothing never reads as a result.
 */
class ResultTest {

    @Test
    void underTheTargetAndWithinThreeTimesTheFloorIsMet() {
        Result result = new Result("Export", "10 rows", "wall time", 90, "s", "–", 31, 180, 400);

        assertThat(result.ratio()).isCloseTo(2.90, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.verdict()).isEqualTo("met");
        assertThat(result.row()).contains("| 2.90 |").contains("| 400 MB |").endsWith("| met |");
    }

    @Test
    void moreThanThreeTimesTheFloorIsMissedEvenUnderTheTarget() {
        Result result = new Result("Panel", "58 months", "wall time", 90, "s", "–", 29, 300, -1);

        assertThat(result.verdict()).isEqualTo("MISSED");
    }

    @Test
    void overTheTargetIsMissedWithoutAFloor() {
        Result result = new Result("Start", "–", "to ready", 25, "s", "–", Double.NaN, 20, -1);

        assertThat(result.ratio()).isNaN();
        assertThat(result.verdict()).isEqualTo("MISSED");
        assertThat(result.row()).contains("| – | – |");
    }

    @Test
    void errorsAnsweredMakeTheScenarioMissedAndAreNamed() {
        Result result = new Result("Read", "10 clients", "p95", 10, "ms", "–", 5, 50, 100, "3 errors: {GET 500=3}");

        assertThat(result.verdict()).isEqualTo("MISSED (3 errors: {GET 500=3})");
    }

    @Test
    void aScenarioWithoutMeasurementsSaysNoData() {
        Result result = new Result("Search", "10 clients, 0 requests", "p95", Double.NaN, "ms", "–", 5, 100, -1);

        assertThat(result.verdict()).isEqualTo("NO DATA");
    }

    @Test
    void aFailedScenarioPrintsNoFigureAndSaysWhy() {
        Result result = Result.failed("Nightly export", "the export ended FAILED: disk full");

        assertThat(result.isFailure()).isTrue();
        assertThat(result.verdict()).isEqualTo("FAILED: the export ended FAILED: disk full");
        assertThat(result.row()).startsWith("| Nightly export | – | FAILED | – ");
    }
}
