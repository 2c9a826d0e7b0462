package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.evaluation.EstimateView.EventEffect;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event study drawn as a server-rendered SVG: each relative month's estimate as a line with
 * points, its 95% confidence interval as a shaded band, the zero line and the start of treatment
 * (between months −1 and 0). Only geometry: the page draws it and shows the same figures as a table,
 * the chart's text alternative.
 *
 * @param band the confidence band's polygon (upper ends left to right, then lower ends back)
 * @param line the estimates' polyline
 * @param points one marker per relative month
 * @param xTicks labels under the months
 * @param yTicks gridlines with their labels in percentage points
 * @param zeroY where effect 0 lies
 * @param startX where treatment starts (half-way between relative months −1 and 0)
 */
public record EventStudyChart(
        String band, String line, List<Point> points, List<Tick> xTicks, List<Tick> yTicks, double zeroY, double startX)
        implements Serializable {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;
    public static final int LEFT = 64;
    public static final int RIGHT = WIDTH - 16;
    public static final int TOP = 16;
    public static final int BOTTOM = HEIGHT - 40;

    /** A relative month's estimate where it is drawn, with the text its marker tells. */
    public record Point(double x, double y, int relativeMonth, String label) implements Serializable {}

    /** A label of an axis at a position along it. */
    public record Tick(double at, String label) implements Serializable {}

    public EventStudyChart {
        points = List.copyOf(points);
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
    }

    /** The chart of the coefficients, numbers written as the language writes them. */
    public static EventStudyChart of(List<EventEffect> effects, Locale locale) {
        if (effects.isEmpty()) {
            throw new IllegalArgumentException("an event study has at least one coefficient");
        }
        int first = effects.get(0).relativeMonth();
        int last = effects.get(effects.size() - 1).relativeMonth();
        double low = 0;
        double high = 0;
        for (EventEffect effect : effects) {
            low = Math.min(low, Math.min(effect.lower95(), effect.estimate()));
            high = Math.max(high, Math.max(effect.upper95(), effect.estimate()));
        }
        double step = niceStep((high - low) / 5);
        double bottom = Math.floor(low / step) * step;
        double top = Math.ceil(high / step) * step;
        if (top - bottom < step) {
            top = bottom + step;
        }
        Scale scale = new Scale(first, last, bottom, top);

        NumberFormat figures = NumberFormat.getNumberInstance(locale);
        figures.setMaximumFractionDigits(2);
        figures.setMinimumFractionDigits(2);
        NumberFormat ticks = NumberFormat.getNumberInstance(locale);
        ticks.setMaximumFractionDigits(decimals(step));

        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder line = new StringBuilder();
        List<Point> points = new ArrayList<>();
        for (EventEffect effect : effects) {
            double x = scale.x(effect.relativeMonth());
            upper.append(coordinate(x, scale.y(effect.upper95()))).append(' ');
            lower.insert(0, coordinate(x, scale.y(effect.lower95())) + " ");
            line.append(coordinate(x, scale.y(effect.estimate()))).append(' ');
            points.add(new Point(
                    round(x),
                    round(scale.y(effect.estimate())),
                    effect.relativeMonth(),
                    signed(effect.relativeMonth()) + ": " + figures.format(effect.estimate()) + " ("
                            + figures.format(effect.lower95()) + " … " + figures.format(effect.upper95()) + ")"));
        }
        int every = Math.max(1, (int) Math.ceil((last - first + 1) / 16.0));
        List<Tick> xTicks = new ArrayList<>();
        for (int month = first; month <= last; month++) {
            if (month == 0 || Math.floorMod(month, every) == 0) {
                xTicks.add(new Tick(round(scale.x(month)), signed(month)));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; bottom + i * step <= top + step / 1000; i++) {
            double value = bottom + i * step;
            yTicks.add(new Tick(round(scale.y(value)), ticks.format(Math.abs(value) < step / 1000 ? 0 : value)));
        }
        double startX = first <= -1 && last >= 0 ? round((scale.x(-1) + scale.x(0)) / 2) : -1;
        return new EventStudyChart(
                (upper.toString() + lower).trim(),
                line.toString().trim(),
                points,
                xTicks,
                yTicks,
                round(scale.y(0)),
                startX);
    }

    /** Whether the start of treatment falls inside the window drawn. */
    public boolean isStartShown() {
        return startX >= 0;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return RIGHT;
    }

    public int getTop() {
        return TOP;
    }

    public int getBottom() {
        return BOTTOM;
    }

    private record Scale(int first, int last, double bottom, double top) {
        double x(int month) {
            return last == first
                    ? (LEFT + RIGHT) / 2.0
                    : LEFT + (month - first) * (RIGHT - LEFT) / (double) (last - first);
        }

        double y(double value) {
            return BOTTOM - (value - bottom) * (BOTTOM - TOP) / (top - bottom);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least the raw step. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static int decimals(double step) {
        return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    }

    private static String signed(int month) {
        return month > 0 ? "+" + month : Integer.toString(month).replace('-', '−');
    }

    private static String coordinate(double x, double y) {
        return round(x) + "," + round(y);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
