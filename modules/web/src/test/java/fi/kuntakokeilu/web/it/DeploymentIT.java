package fi.kuntakokeilu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditEntry;
import fi.kuntakokeilu.platform.audit.AuditReview;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.audit.BreakGlassEntry;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.schema.SchemaMigrator;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: the real built WAR on Payara Micro (deployed by Arquillian with this test class
 * added) against MariaDB. Proves what only the container can: every module's migrations applied
 * and unchanged, the persistence unit maps every module's entities, module facades are wired, and
 * the audit trail is append-only at the database itself.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("kuntakokeilu.it.war")))
                .addClass(DeploymentIT.class);
        // Arquillian's own runner servlet sits behind our "everything needs a login" constraint:
        // open exactly that path for this test deployment.
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(
                        new StringAsset("<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                                + "<name>arquillian_runner_access</name><security-constraint><web-resource-collection>"
                                + "<web-resource-name>arquillian</web-resource-name>"
                                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                                + "</web-resource-collection></security-constraint></web-fragment>"),
                        "web-fragment.xml"));
        return war;
    }

    @Resource(lookup = "java:app/jdbc/kuntakokeilu")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditReview auditReview;

    @Resource
    UserTransaction transaction;

    @Test
    void runsOnMariaDb() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getMetaData().getDatabaseProductVersion().contains("MariaDB"));
        }
    }

    @Test
    void appliedEveryModulesMigrationsUnchanged() {
        SchemaMigrator.validate(dataSource, SchemaMigrator.MODULES);
    }

    @Test
    void mapsTheEntitiesOfEveryModuleWithTables() {
        var entities =
                em.getMetamodel().getEntities().stream().map(e -> e.getName()).toList();

        assertTrue(entities.contains("AuditEvent"), entities.toString());
        assertTrue(entities.contains("TrialArea"), entities.toString());
    }

    @Test
    void loadedTheReferenceDataThroughTheModuleApi() {
        assertTrue(
                organisations.trialAreas().stream().anyMatch(area -> area.key().equals("pirkanmaa")));
    }

    @Test
    void keepsTheAuditTrailAppendOnly() throws Exception {
        transaction.begin();
        auditTrail.record(Caller.SYSTEM, AuditAction.READ, "test", "deployment-it", "prove the trail");
        transaction.commit();

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("select count(*) from audit_event where subject_id = 'deployment-it'")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "update audit_event set purpose = 'rewritten' where subject_id = 'deployment-it'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("delete from audit_event where subject_id = 'deployment-it'"));
        }
    }

    @Test
    void keepsABreakGlassEntryOpenUntilReviewedOnceAndItsReasonForever() throws Exception {
        Caller manager = new Caller("deployment.manager", Role.AREA_MANAGER, Set.of("pirkanmaa"), null, Locale.ENGLISH);
        Caller admin = new Caller("deployment.admin", Role.ADMIN, Set.of(), null, Locale.ENGLISH);
        transaction.begin();
        BreakGlassEntry opened = auditReview.breakGlass(
                manager, "test", "break-glass-it", "Customer called the area's helpline while travelling");
        transaction.commit();

        assertFalse(opened.reviewed());
        assertEquals(AuditAction.BREAK_GLASS, opened.event().action());
        assertTrue(auditReview.breakGlassEntries(true, 1000).stream().anyMatch(e -> e.id() == opened.id()));
        assertEquals(
                List.of(AuditAction.BREAK_GLASS),
                auditReview.history("test", "break-glass-it").stream()
                        .map(AuditEntry::action)
                        .toList());

        transaction.begin();
        BreakGlassEntry reviewed = auditReview.reviewBreakGlass(opened.id(), admin, "Justified: helpline call");
        transaction.commit();
        assertEquals("deployment.admin", reviewed.reviewedBy());
        assertFalse(auditReview.breakGlassEntries(true, 1000).stream().anyMatch(e -> e.id() == opened.id()));

        transaction.begin();
        try {
            assertThrows(ConflictException.class, () -> auditReview.reviewBreakGlass(opened.id(), admin, "again"));
        } finally {
            transaction.rollback();
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate(
                            "update audit_break_glass set reason = 'rewritten' where id = " + opened.id()));
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("delete from audit_break_glass where id = " + opened.id()));
        }
    }
}
