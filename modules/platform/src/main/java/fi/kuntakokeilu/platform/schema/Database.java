package fi.kuntakokeilu.platform.schema;

/** The application's one data source, defined by the web module and used by every module. */
public final class Database {

    /** JNDI name of the data source ({@code @Resource(lookup = Database.DATA_SOURCE)}). */
    public static final String DATA_SOURCE = "java:app/jdbc/kuntakokeilu";

    private Database() {}
}
