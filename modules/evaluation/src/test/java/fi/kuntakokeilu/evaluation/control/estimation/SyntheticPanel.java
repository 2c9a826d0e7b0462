package fi.kuntakokeilu.evaluation.control.estimation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Generated municipality × month panels with a known truth, shaped like the trial (domain.md,
 * "Evaluation"): 46 months, treated municipalities starting in three waves (March 2021, September 2021, March 2022), never-treated
 * comparison municipalities, municipality and month effects, serially correlated noise whose
 * variance falls with the number of job seekers (the weight), and a planted effect and pre-trend.
 */
final class SyntheticPanel {

    static final YearMonth FIRST_MONTH = YearMonth.of(2019, 5);

    private int municipalities = 60;
    private int controls = 20;
    private int months = 46;
    private int[] waves = {22, 28, 34};
    private IntToDoubleFunction effectAtRelativeMonth = k -> 0.0;
    private double noise = 1.0;
    private double autocorrelation = 0.5;

    /** The observations and each treated municipality's first treated month. */
    record Generated(List<Observation> observations, Map<String, YearMonth> treatmentStart) {}

    static SyntheticPanel trialLike() {
        return new SyntheticPanel();
    }

    SyntheticPanel municipalities(int total, int comparison) {
        this.municipalities = total;
        this.controls = comparison;
        return this;
    }

    SyntheticPanel months(int count) {
        this.months = count;
        return this;
    }

    /** The months (offsets from the first month) in which the waves of treated municipalities start. */
    SyntheticPanel waves(int... startOffsets) {
        this.waves = startOffsets.clone();
        return this;
    }

    /** The same effect in every treated month. */
    SyntheticPanel constantEffect(double effect) {
        return effect(k -> k >= 0 ? effect : 0.0);
    }

    /**
     * The treated municipalities' outcome relative to the controls at each month relative to their
     * start (k = 0 is the first treated month); nonzero values at k < 0 plant a pre-trend.
     */
    SyntheticPanel effect(IntToDoubleFunction atRelativeMonth) {
        this.effectAtRelativeMonth = atRelativeMonth;
        return this;
    }

    /** Standard deviation of the noise of a municipality with 500 job seekers. */
    SyntheticPanel noise(double standardDeviation) {
        this.noise = standardDeviation;
        return this;
    }

    Generated generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] monthEffect = new double[months];
        for (int t = 0; t < months; t++) {
            monthEffect[t] = 2.0 * Math.sin(2 * Math.PI * t / 12.0) + 0.05 * t + 0.5 * gaussian(random);
        }
        List<Observation> observations = new ArrayList<>(municipalities * months);
        Map<String, YearMonth> starts = new LinkedHashMap<>();
        int treated = municipalities - controls;
        for (int i = 0; i < municipalities; i++) {
            String code = String.format("%03d", i + 1);
            boolean isTreated = i < treated;
            int startOffset = isTreated ? waves[i % waves.length] : Integer.MAX_VALUE;
            if (isTreated) {
                starts.put(code, FIRST_MONTH.plusMonths(startOffset));
            }
            double level = 30.0 + 3.0 * gaussian(random);
            double jobSeekers = 100 + random.nextInt(2900);
            double previous = 0;
            for (int t = 0; t < months; t++) {
                double weight = Math.round(jobSeekers * (0.9 + 0.2 * random.nextDouble()));
                double sd = noise * Math.sqrt(500.0 / weight);
                double innovation = sd * gaussian(random);
                double error = t == 0
                        ? innovation
                        : autocorrelation * previous + Math.sqrt(1 - autocorrelation * autocorrelation) * innovation;
                previous = error;
                boolean treatedNow = isTreated && t >= startOffset;
                double effect = isTreated ? effectAtRelativeMonth.applyAsDouble(t - startOffset) : 0.0;
                double outcome = level + monthEffect[t] + effect + error;
                observations.add(new Observation(code, FIRST_MONTH.plusMonths(t), treatedNow, outcome, weight));
            }
        }
        return new Generated(observations, starts);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
