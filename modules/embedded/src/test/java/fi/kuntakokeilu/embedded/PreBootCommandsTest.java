package fi.kuntakokeilu.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Payara Micro this module starts is configured as a production instance is: the pre-boot
 * commands of {@code config/environments/pre-boot-commands.asadmin} are among those every embedded
 * start gives (docs/operations.md, "One resource per transaction", "HTTP worker threads").
 */
class PreBootCommandsTest {

    /** The module's directory is the tests' working directory; the configuration is two levels up. */
    static final Path PRODUCTION = Path.of("../../config/environments/pre-boot-commands.asadmin");

    @Test
    void givesTheCommandsOfProduction() throws IOException {
        assertThat(Files.readAllLines(PRODUCTION))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .containsExactlyElementsOf(PayaraMicroServer.PRODUCTION_PRE_BOOT_COMMANDS)
                .contains(PayaraMicroServer.BATCH_REPOSITORY_OUTSIDE_TRANSACTIONS);
    }
}
