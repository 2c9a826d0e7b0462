package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.Figure;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The words and number formats of a rendered report in one language (Finnish, Swedish or English,
 * from the reporting messages bundles). An indicator the bundles do not name yet shows its key.
 */
public final class ReportLabels {

    private final Locale locale;

    public ReportLabels(Locale locale) {
        this.locale = Languages.closest(Objects.requireNonNull(locale, "locale"));
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    public String indicator(String key) {
        return Messages.lookup(locale, "reporting.indicator." + key).orElse(key);
    }

    public String subgroup(Subgroup subgroup) {
        return text("reporting.subgroup." + subgroup.name());
    }

    /** The area's name, or "all trial areas" for the total column. */
    public String area(AreaFigures area) {
        return area.areaKey() == null ? text("reporting.allTrialAreas") : area.name(locale);
    }

    public String area(String areaKey, String nameFi, String nameSv) {
        if (areaKey == null) {
            return text("reporting.allTrialAreas");
        }
        return "sv".equals(locale.getLanguage()) && nameSv != null ? nameSv : nameFi;
    }

    /**
     * A figure as a reader of this language writes it: thousands grouped, the decimals the figure
     * carries, the decimal comma in Finnish and Swedish; Statistics Finland's symbol when it has no
     * number.
     */
    public String format(Figure figure) {
        if (!figure.isShown()) {
            return figure.status().symbol();
        }
        BigDecimal value = figure.value();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        // Finnish and Swedish group with a no-break space; the minus sign stays ASCII for copying.
        return format.format(value).replace('\u2212', '-').replace('\u202f', '\u00a0');
    }
}
