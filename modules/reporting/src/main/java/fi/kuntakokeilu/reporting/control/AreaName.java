package fi.kuntakokeilu.reporting.control;

/** A trial area's names as the organisations module keeps them; the Swedish one may be missing. */
public record AreaName(String fi, String sv) {

    /** For an area the organisations module does not know: its key stands for both names. */
    public static AreaName ofKey(String key) {
        return new AreaName(key, null);
    }
}
