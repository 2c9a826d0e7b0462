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
 * file goes to {@link Clients#importJobSeekers} as a stream; the page shows the report and pages
 * through every refused row, each with its line, column and reason in the user's language.
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
        ImportReport done = problems.attempt(
                () -> {
                    try (InputStream csv = file.getInputStream()) {
                        return clients.importJobSeekers(csv, language.getLocale());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                Map.of("file", "upload:file"));
        if (done != null) {
            report = done;
            errors.forget();
            problems.confirm("import.done", done.id());
        }
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
