package fi.kuntakokeilu.platform.schema;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates each module's own tables with Flyway. A module keeps its scripts in {@code
 * db/migration/<module>} inside its jar and its history in its own table {@code
 * flyway_history_<module>}, so modules number their versions independently and none can break
 * another's order. Modules migrate in dependency order, platform first.
 */
public final class SchemaMigrator {

    /** Every module with tables, in dependency order. */
    public static final List<String> MODULES =
            List.of("platform", "organisations", "clients", "services", "evaluation", "reporting");

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {}

    public static void migrate(DataSource dataSource, List<String> modules) {
        for (String module : modules) {
            MigrateResult result = flyway(dataSource, module).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(() -> "Schema of " + module + " migrated to version " + result.targetSchemaVersion + " ("
                        + result.migrationsExecuted + " migrations)");
            }
        }
    }

    /** Fails when applied scripts differ from the ones shipped (edited after release). */
    public static void validate(DataSource dataSource, List<String> modules) {
        for (String module : modules) {
            flyway(dataSource, module).validate();
        }
    }

    private static Flyway flyway(DataSource dataSource, String module) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                // Modules share one schema: a module migrating after another finds tables that are
                // not its own, so its history starts at version 0 and its V1 still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
    }
}
