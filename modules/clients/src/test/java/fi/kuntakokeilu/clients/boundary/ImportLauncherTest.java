package fi.kuntakokeilu.clients.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An extract uploaded on the administrators' page is stored as it came, and its data lines counted
 * on the way: the total the page's progress bar measures lines read against (docs/import-format.md:
 * a header line, then one job seeker a line; empty lines are skipped by the import).
 */
class ImportLauncherTest {

    /** A directory of its own per test, made by the store itself when it is missing. */
    private final Path spool = Path.of(System.getProperty("java.io.tmpdir"), "import-spool-" + UUID.randomUUID());

    private ImportLauncher.Spooled store(String text) {
        return ImportLauncher.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), spool);
    }

    @Test
    void countsTheLinesAfterTheHeaderAndKeepsTheFileAsItCame() throws IOException {
        String csv = "personal_identity_code,last_name\r\n010190-999X,Aalto\r\n020290-998Y,Berg\r\n030390-997Z,Kallio";

        ImportLauncher.Spooled stored = store(csv);

        assertThat(stored.dataLines()).isEqualTo(3);
        assertThat(stored.file().getParent()).isEqualTo(spool);
        assertThat(Files.readString(stored.file())).isEqualTo(csv);
    }

    @Test
    void leavesOutEmptyLinesAsTheImportSkipsThem() {
        assertThat(store("header\n\nrow one\n   \r\nrow two\n\n").dataLines()).isEqualTo(2);
    }

    @Test
    void countsNoDataLinesInAFileOfAHeaderOnlyOrNothing() {
        assertThat(store("header\n").dataLines()).isZero();
        assertThat(store("").dataLines()).isZero();
    }

    @Test
    void readsAStoredFileWithBytesThatAreNotUtf8AsTheApiReadsAnUpload() throws IOException {
        byte[] latin1 = "header\nM\u00e4kinen\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportLauncher.Spooled stored = ImportLauncher.store(new ByteArrayInputStream(latin1), spool);

        try (Reader reader = ImportLauncher.reader(stored.file())) {
            // the stray byte becomes a replacement character in its row, refused there; the file is read
            assertThat(new BufferedReader(reader).lines()).containsExactly("header", "M\ufffdkinen");
        }
    }

    @Test
    void discardsAStoredFile() {
        ImportLauncher.Spooled stored = store("header\nrow\n");

        ImportLauncher.discard(stored.file());

        assertThat(stored.file()).doesNotExist();
    }
}
