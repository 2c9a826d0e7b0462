package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.ImportRowError;
import fi.kuntakokeilu.clients.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Administrators' upload of an employment office's customer extract (docs/import-format.md): the
 * file goes to {@link Clients#startImport}, which stores it, counts its lines and runs the import as
 * a batch job; the page answers at once and a progress bar polls the import (lines read of the
 * file's lines) up to 100 %, as the transfer-run page follows a run. Then it shows the report and
 * pages through every refused row, each with its line, column and reason in the user's language.
 */
@Named
@ViewScoped
public class JobSeekerImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clients clients;

    @Inject
    FacesProblems problems;

    @Inject
    LanguageView language;

    private transient Part file;
    private ImportReport report;
    private final Errors errors = new Errors();

    public void upload() {
        if (file == null || file.getSize() == 0) {
            problems.refuse("upload:file", "import.noFile");
            return;
        }
        ImportReport started = problems.attempt(
                () -> {
                    try (InputStream csv = file.getInputStream()) {
                        return clients.startImport(csv, language.getLocale());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                Map.of("file", "upload:file", "header", "upload:file"));
        if (started != null) {
            report = started;
            errors.forget();
            problems.confirm("import.started", started.id());
        }
    }

    /** Percent done, polled by the progress bar: lines read of the file's lines; 100 only once finished. */
    public int getProgress() {
        if (report == null) {
            return 0;
        }
        if (report.running()) {
            long id = report.id();
            report = clients.importReport(id, language.getLocale());
        }
        return report.percentDone();
    }

    /** The progress bar reached 100: read the import's final report. */
    public void finished() {
        if (report != null) {
            long id = report.id();
            report = clients.importReport(id, language.getLocale());
            errors.forget();
            problems.confirm("import.done", id);
        }
    }

    public boolean isFinished() {
        return report != null && !report.running();
    }

    public ImportReport getReport() {
        return report;
    }

    public LazyDataModel<ImportRowError> getErrors() {
        return errors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** The refused rows, one API page per table page. */
    private final class Errors extends LazyDataModel<ImportRowError> {

        private static final long serialVersionUID = 1L;

        private Page<ImportRowError> current;

        void forget() {
            current = null;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return report == null ? 0 : (int) Math.min(report.rejected(), Integer.MAX_VALUE);
        }

        @Override
        public List<ImportRowError> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (report == null || report.rejected() == 0) {
                return List.of();
            }
            int page = first / pageSize;
            if (current == null || current.page() != page || current.size() != pageSize) {
                long id = report.id();
                current = clients.importErrors(id, page, pageSize, language.getLocale());
            }
            return current.items();
        }

        @Override
        public String getRowKey(ImportRowError error) {
            return error.line() + ":" + error.field();
        }

        @Override
        public ImportRowError getRowData(String rowKey) {
            return current == null
                    ? null
                    : current.items().stream()
                            .filter(e -> getRowKey(e).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
