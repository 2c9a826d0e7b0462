package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.PreviewItem;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferRunRequest;
import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Bulk transfer runs (administrators; area managers for their own areas): start a dry run to
 * preview whom the rules would move on a day, follow its progress, page through the preview by
 * receiving body, then run it for real. The clients API lists no past runs, so the page shows the
 * run just started, or the one its address names ({@code ?run=12}).
 */
@Named
@ViewScoped
public class TransferRunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clients clients;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesProblems problems;

    @Inject
    Clock clock;

    private LocalDate effectiveDate;
    private String trialArea;
    private boolean dryRun = true;

    private String runParameter;
    private TransferRunView run;
    private String receiving;
    private final Preview preview = new Preview();

    @PostConstruct
    void today() {
        effectiveDate = LocalDate.now(clock);
        if (!isAllAreasAllowed()) {
            trialArea = getAreas().stream().map(TrialAreaView::key).findFirst().orElse(null);
        }
    }

    /** The page's view action: the run named in the address, if any. */
    public void open() {
        if (runParameter == null || runParameter.isBlank()) {
            return;
        }
        try {
            long id = Long.parseLong(runParameter.strip());
            run = problems.orErrorPage(() -> clients.transferRun(id));
        } catch (NumberFormatException e) {
            problems.errorPage(404);
        }
    }

    public void start() {
        launch(dryRun);
    }

    /** The same run as the dry run just previewed, this time moving people. */
    public void runForReal() {
        effectiveDate = run.effectiveDate();
        trialArea = run.trialArea();
        launch(false);
    }

    public void restart() {
        long id = run.id();
        TransferRunView restarted = problems.attempt(() -> clients.restartTransferRun(id), Map.of());
        if (restarted != null) {
            run = restarted;
        }
    }

    private void launch(boolean dry) {
        TransferRunRequest request = new TransferRunRequest(effectiveDate, blankToNull(trialArea), dry);
        TransferRunView started = problems.attempt(
                () -> clients.startTransferRun(request),
                Map.of(
                        "effectiveDate", "start:effective",
                        "trialArea", "start:area",
                        "dryRun", "start:dry"));
        if (started != null) {
            run = started;
            receiving = null;
            preview.forget();
            problems.confirm(dry ? "runs.startedDry" : "runs.started", started.id());
        }
    }

    /** Percent done, polled by the progress bar; 100 only once the run has finished. */
    public int getProgress() {
        if (run == null) {
            return 0;
        }
        if (!run.status().isFinished()) {
            long id = run.id();
            run = clients.transferRun(id);
        }
        if (run.status().isFinished()) {
            return 100;
        }
        if (run.total() <= 0) {
            return 0;
        }
        return (int) Math.min(99, run.processed() * 100 / run.total());
    }

    /** The progress bar reached 100: read the run's final counts and show its preview. */
    public void finished() {
        if (run != null) {
            long id = run.id();
            run = clients.transferRun(id);
            preview.forget();
        }
    }

    public boolean isFinished() {
        return run != null && run.status().isFinished();
    }

    public boolean isRestartable() {
        return run != null
                && (run.status() == TransferRunStatus.FAILED || run.status() == TransferRunStatus.INTERRUPTED);
    }

    /** The areas the user may run: every area for administrators, their own for area managers. */
    public List<TrialAreaView> getAreas() {
        boolean admin = currentUser.get().map(c -> c.role() == Role.ADMIN).orElse(false);
        Set<String> mine = admin ? Set.of() : accounts.me().trialAreas();
        return organisations.trialAreas().stream()
                .filter(area -> admin || mine.contains(area.key()))
                .toList();
    }

    public boolean isAllAreasAllowed() {
        return currentUser.get().map(c -> c.role() == Role.ADMIN).orElse(false);
    }

    /** Receiving bodies of the run with how many people each receives, as "TYPE:key" options. */
    public Map<String, Long> getReceivingCounts() {
        Map<String, Long> counts = new TreeMap<>();
        if (run != null && run.transferred() != null) {
            run.transferred().byArea().forEach((key, n) -> counts.put(BodyType.TRIAL_AREA + ":" + key, n));
            run.transferred().byOffice().forEach((key, n) -> counts.put(BodyType.EMPLOYMENT_OFFICE + ":" + key, n));
        }
        return counts;
    }

    /** How many people each legal basis moves (or would). */
    public List<Map.Entry<String, Long>> getBasisCounts() {
        return run == null || run.transferred() == null
                ? List.of()
                : new TreeMap<>(run.transferred().byBasis()).entrySet().stream().toList();
    }

    public List<String> getReceivingOptions() {
        return new ArrayList<>(getReceivingCounts().keySet());
    }

    /** A "TYPE:key" option as the body's name. */
    public ResponsibleBody body(String option) {
        int colon = option.indexOf(':');
        return new ResponsibleBody(BodyType.valueOf(option.substring(0, colon)), option.substring(colon + 1));
    }

    public void filter() {
        preview.forget();
    }

    public LazyDataModel<PreviewItem> getPreview() {
        return preview;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getTrialArea() {
        return trialArea;
    }

    public void setTrialArea(String trialArea) {
        this.trialArea = trialArea;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public String getRunParameter() {
        return runParameter;
    }

    public void setRunParameter(String runParameter) {
        this.runParameter = runParameter;
    }

    public TransferRunView getRun() {
        return run;
    }

    public String getReceiving() {
        return receiving;
    }

    public void setReceiving(String receiving) {
        this.receiving = receiving;
    }

    /** Whom the run moves (or would), one API page per table page, with the API's total. */
    private final class Preview extends LazyDataModel<PreviewItem> {

        private static final long serialVersionUID = 1L;

        private Page<PreviewItem> current;
        private String currentReceiving;

        void forget() {
            current = null;
            setRowCount(0);
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (run == null) {
                return 0;
            }
            if (current == null) {
                fetch(0, 25);
            }
            return (int) Math.min(current.total(), Integer.MAX_VALUE);
        }

        @Override
        public List<PreviewItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (run == null) {
                return List.of();
            }
            int size = Math.min(pageSize, 500);
            int page = first / size;
            if (current == null
                    || current.page() != page
                    || current.size() != size
                    || !java.util.Objects.equals(currentReceiving, receiving)) {
                fetch(page, size);
            }
            setRowCount((int) Math.min(current.total(), Integer.MAX_VALUE));
            return current.items();
        }

        private void fetch(int page, int size) {
            ResponsibleBody body = receiving == null || receiving.isBlank() ? null : body(receiving);
            long id = run.id();
            current = clients.transferRunPreview(
                    id, body == null ? null : body.type(), body == null ? null : body.key(), page, size);
            currentReceiving = receiving;
        }

        @Override
        public String getRowKey(PreviewItem item) {
            return String.valueOf(item.jobSeekerId());
        }

        @Override
        public PreviewItem getRowData(String rowKey) {
            return current == null
                    ? null
                    : current.items().stream()
                            .filter(i -> getRowKey(i).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
