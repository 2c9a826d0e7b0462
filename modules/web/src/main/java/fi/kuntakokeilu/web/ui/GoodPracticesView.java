package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.GoodPracticePage;
import fi.kuntakokeilu.organisations.GoodPracticeRequest;
import fi.kuntakokeilu.organisations.GoodPracticeView;
import fi.kuntakokeilu.organisations.GoodPractices;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The good-practice library: search by words and trial area, newest first, 20 a page; one practice
 * opened with its description, results, contact and the areas that took it up; and publishing a
 * practice, which the organisations module allows area managers (for their own areas) and
 * administrators (for any). Everyone signed in may read it; nothing here is personal data.
 */
@Named
@ViewScoped
public class GoodPracticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    GoodPractices practices;

    @Inject
    OrganisationNames names;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageView language;

    @Inject
    FacesProblems problems;

    private String query;
    private String area;
    private int page;
    // The module's records are not Serializable: kept in memory with the view, read again (the same
    // page of the same search, the same practice) after the session moved to another instance.
    private transient GoodPracticePage results;
    private transient GoodPracticeView opened;
    private Long openedId;
    private boolean searched;

    private String newArea;
    private String title;
    private String description;
    private String targetGroup;
    private String resultsText;
    private String tags;
    private String practiceLanguage;

    /** The page's view action: the newest practices. */
    public void open() {
        if (!searched) {
            practiceLanguage = language.getLanguage();
            search();
        }
    }

    /** Searches from the first page. */
    public void search() {
        page = 0;
        read();
    }

    public void next() {
        if (isHasNext()) {
            page++;
            read();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            read();
        }
    }

    private void read() {
        GoodPracticePage found = problems.attempt(
                () -> practices.search(query, null, area, null, page, PAGE_SIZE),
                Map.of("q", "search:query", "area", "search:area"));
        if (found != null) {
            results = found;
            searched = true;
        }
    }

    /** Opens a practice of the list. */
    public void show(long id) {
        GoodPracticeView read = problems.attempt(() -> practices.practice(id), Map.of());
        if (read != null) {
            opened = read;
            openedId = read.id();
        }
    }

    /** Publishes the practice written in the form; the module's refusals are shown beside the fields. */
    public void publish() {
        List<String> tagList = tags == null || tags.isBlank()
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
        GoodPracticeView published = problems.attempt(
                () -> practices.publish(new GoodPracticeRequest(
                        newArea,
                        title,
                        description,
                        targetGroup,
                        null,
                        resultsText,
                        null,
                        null,
                        tagList,
                        practiceLanguage,
                        null)),
                Map.ofEntries(
                        Map.entry("areaKey", "publish:area"),
                        Map.entry("title", "publish:title"),
                        Map.entry("description", "publish:description"),
                        Map.entry("targetGroup", "publish:targetGroup"),
                        Map.entry("results", "publish:results"),
                        Map.entry("tags", "publish:tags"),
                        Map.entry("language", "publish:language")));
        if (published != null) {
            opened = published;
            openedId = published.id();
            title = null;
            description = null;
            targetGroup = null;
            resultsText = null;
            tags = null;
            // the list shows the newest practices again, the one just published first
            query = null;
            area = null;
            search();
            problems.confirm("practices.publishedConfirm", published.title());
        }
    }

    /** Area managers and administrators publish practices; the organisations module checks the same. */
    public boolean isPublishes() {
        return currentUser
                .get()
                .map(caller -> caller.role() == Role.ADMIN || caller.role() == Role.AREA_MANAGER)
                .orElse(false);
    }

    /** The areas the user may publish for: all for administrators, their own for area managers. */
    public List<TrialAreaView> getPublishAreas() {
        return currentUser
                .get()
                .map(caller -> caller.role() == Role.ADMIN
                        ? names.getAreas()
                        : names.getAreas().stream()
                                .filter(a -> caller.areaKeys().contains(a.key()))
                                .toList())
                .orElse(List.of());
    }

    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(language.getLocale())
                        .format(instant.atZone(HELSINKI));
    }

    public boolean isHasNext() {
        return getResults() != null && (long) (page + 1) * PAGE_SIZE < results.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public GoodPracticePage getResults() {
        if (results == null && searched) {
            results = practices.search(query, null, area, null, page, PAGE_SIZE);
        }
        return results;
    }

    public GoodPracticeView getOpened() {
        if (opened == null && openedId != null) {
            opened = practices.practice(openedId);
        }
        return opened;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getNewArea() {
        return newArea;
    }

    public void setNewArea(String newArea) {
        this.newArea = newArea;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getResultsText() {
        return resultsText;
    }

    public void setResultsText(String resultsText) {
        this.resultsText = resultsText;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPracticeLanguage() {
        return practiceLanguage;
    }

    public void setPracticeLanguage(String practiceLanguage) {
        this.practiceLanguage = practiceLanguage;
    }
}
