package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Job-seeker search: one box for an identity code or a name. Each page of the table is one call of
 * {@link Clients#search} for exactly that page; the table's row count is the total the same call
 * answered, so paging never counts anything again. The search stops counting a thousand rows past
 * the page: then the table says "more than" that many, and a later page counts further.
 */
@Named
@ViewScoped
public class JobSeekerSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Looks like a Finnish personal identity code (the API checks it properly). */
    private static final Pattern IDENTITY_CODE = Pattern.compile("\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Ya-y]");

    static final int PAGE_SIZE = 25;

    @Inject
    Clients clients;

    @Inject
    FacesProblems problems;

    private String query;
    private String identityCode;
    private String name;
    private boolean searched;
    private final Results results = new Results();

    public void search() {
        String text = query == null ? "" : query.trim();
        String code = IDENTITY_CODE.matcher(text).matches() ? text.toUpperCase(java.util.Locale.ROOT) : null;
        String words = code == null && !text.isEmpty() ? text : null;
        Page<JobSeekerSummary> first = problems.attempt(
                () -> clients.search(code, words, 0, PAGE_SIZE),
                Map.of("personalIdentityCode", "search:query", "q", "search:query"));
        if (first != null) {
            identityCode = code;
            name = words;
            searched = true;
            results.remember(first);
        }
    }

    public LazyDataModel<JobSeekerSummary> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }

    public long getTotal() {
        return results.total;
    }

    /** There are more matches than {@link #getTotal()}: the search stopped counting. */
    public boolean isMoreThanTotal() {
        return results.moreThanTotal;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The table's pages, read from the API one page at a time. */
    private final class Results extends LazyDataModel<JobSeekerSummary> {

        private static final long serialVersionUID = 1L;

        private Page<JobSeekerSummary> current;
        private long total;
        private boolean moreThanTotal;

        void remember(Page<JobSeekerSummary> page) {
            current = page;
            total = page.total();
            moreThanTotal = page.moreThanTotal();
            setRowCount(count(Map.of()));
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(total, Integer.MAX_VALUE);
        }

        @Override
        public List<JobSeekerSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!searched) {
                return List.of();
            }
            int size = Math.min(pageSize, 100);
            int page = first / size;
            if (current == null || current.page() != page || current.size() != size) {
                remember(clients.search(identityCode, name, page, size));
            }
            return current.items();
        }

        @Override
        public String getRowKey(JobSeekerSummary summary) {
            return String.valueOf(summary.id());
        }

        @Override
        public JobSeekerSummary getRowData(String rowKey) {
            return current == null
                    ? null
                    : current.items().stream()
                            .filter(s -> getRowKey(s).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
