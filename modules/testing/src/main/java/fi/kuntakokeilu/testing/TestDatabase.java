package fi.kuntakokeilu.testing;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.platform.schema.SchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A real MariaDB for a module's tests: one server per test JVM (started on first use, stopped when
 * the JVM ends), and for each test class a schema of its own, freshly migrated with the module's
 * Flyway scripts, with JPA over it through the EclipseLink version Payara ships. Register it as a
 * static extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase db = TestDatabase.forModules("organisations");
 * }</pre>
 *
 * Tests that must not see each other's rows clean up or use distinct keys; the schema lives for the
 * test class.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private static EmbeddedMariaDb server;

    private final List<String> modules;
    private String schema;
    private MariaDbDataSource dataSource;
    private EntityManagerFactory emf;

    private TestDatabase(List<String> modules) {
        this.modules = modules;
    }

    /**
     * A database with the tables and entities of these modules (in dependency order). The platform
     * always comes first: its converters apply to every module's entities.
     */
    public static TestDatabase forModules(String... modules) {
        List<String> all = new java.util.ArrayList<>(List.of("platform"));
        for (String module : modules) {
            if (!all.contains(module)) {
                all.add(module);
            }
        }
        return new TestDatabase(List.copyOf(all));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        schema = "t_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        EmbeddedMariaDb db = server();
        db.recreateSchema(schema);
        dataSource = new MariaDbDataSource(db.jdbcUrl(schema));
        dataSource.setUser("root");
        dataSource.setPassword("");
        SchemaMigrator.migrate(dataSource, modules);
        emf = new PersistenceProvider()
                .createContainerEntityManagerFactory(new TestPersistenceUnit(dataSource, modules), java.util.Map.of());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emf != null) {
            emf.close();
        }
    }

    private static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path home = Path.of(System.getProperty("basedir", "."), "target", "test-mariadb");
            server = EmbeddedMariaDb.start(home, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-mariadb-stop"));
        }
        return server;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** Runs work in one transaction that commits, and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs work in one transaction that commits. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** A number from SQL, for checking what the code under test wrote against an independent count. */
    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs SQL statements directly (fixtures that the code under test does not write itself). */
    public void execute(String... statements) {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements), e);
        }
    }
}
