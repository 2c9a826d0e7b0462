package fi.kuntakokeilu.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: what was measured, on how much data, the figure, the floor plain
 * database access reaches on the same work in the same run, and the target.
 *
 * @param figure the measured value in {@code unit} (seconds for a job, milliseconds p95 for load)
 * @param floor the same measure for the floor, or NaN when there is none
 * @param target the target in {@code unit}, or NaN when none
 * @param peakHeapMb the server's peak used heap during the scenario, or -1 when not sampled
 * @param problem what else failed the scenario (errors answered), or null
 */
record Result(
        String scenario,
        String size,
        String detail,
        double figure,
        String unit,
        String throughput,
        double floor,
        double target,
        long peakHeapMb,
        String problem) {

    Result(
            String scenario,
            String size,
            String detail,
            double figure,
            String unit,
            String throughput,
            double floor,
            double target,
            long peakHeapMb) {
        this(scenario, size, detail, figure, unit, throughput, floor, target, peakHeapMb, null);
    }

    /** A scenario that could not be measured: the row says why, and the run ends failed. */
    static Result failed(String scenario, String reason) {
        return new Result(scenario, "–", "FAILED", Double.NaN, "", "–", Double.NaN, Double.NaN, -1, reason);
    }

    boolean isFailure() {
        return "FAILED".equals(detail);
    }

    double ratio() {
        return Double.isNaN(floor) || floor <= 0 ? Double.NaN : figure / floor;
    }

    /** Met when under the target and, where there is a floor, within 3× of it (the rule). */
    String verdict() {
        boolean underTarget = Double.isNaN(target) || figure <= target;
        boolean nearFloor = Double.isNaN(ratio()) || ratio() <= 3.0;
        if (isFailure()) {
            return "FAILED: " + problem;
        }
        if (problem != null) {
            return "MISSED (" + problem + ")";
        }
        if (Double.isNaN(figure)) {
            return "NO DATA";
        }
        return underTarget && nearFloor ? "met" : "MISSED";
    }

    String row() {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s %s | %s | %s | %s | %s | %s | %s |",
                scenario,
                size,
                detail,
                Double.isNaN(figure) ? "–" : number(figure),
                unit,
                throughput,
                Double.isNaN(floor) ? "–" : number(floor) + " " + unit,
                Double.isNaN(ratio()) ? "–" : String.format(Locale.ROOT, "%.2f", ratio()),
                peakHeapMb < 0 ? "–" : peakHeapMb + " MB",
                Double.isNaN(target) ? "–" : "≤ " + number(target) + " " + unit,
                verdict());
    }

    static String header() {
        return "| Scenario | Data | Measured | Figure | Throughput | Floor | Ratio | Peak heap | Target | |\n"
                + "|---|---|---|---|---|---|---|---|---|---|";
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
