package fi.kuntakokeilu.platform.lifecycle;

/**
 * Fired once at start-up, synchronously, after every module's schema is migrated and before the
 * application takes requests. Modules observe it to load reference data and, when {@code demo} is
 * true, demo data; observer {@code @Priority} orders them (lower first) along the module chain.
 *
 * @param demo true only in the embedded demo mode that {@code run} starts
 */
public record SchemaReady(boolean demo) {

    /** Order of observers: reference data, then accounts, then the populations built on them. */
    public static final int REFERENCE_DATA = 100;

    public static final int ACCOUNTS = 200;
    public static final int POPULATION = 300;
    public static final int SERVICES = 400;
    public static final int EVALUATION = 500;
}
