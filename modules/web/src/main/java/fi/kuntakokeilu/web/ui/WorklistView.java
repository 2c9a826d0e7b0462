package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.services.Services;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistItem;
import fi.kuntakokeilu.services.WorklistKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The worklist of the caller's body: how many items of each kind wait (due and overdue), and the
 * items themselves, earliest deadline first, a page at a time, each leading to the customer's page.
 * Trial-area staff see their area's (choosing one when they serve several), office staff their
 * office's, administrators the area they choose. Evaluators never reach the page (web.xml).
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Items on one page. */
    static final int PAGE_SIZE = 25;

    @Inject
    Services services;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationNames names;

    @Inject
    FacesProblems problems;

    @Inject
    LanguageView language;

    private String area;
    private WorklistKind kind;
    private int page;
    private Worklist worklist;

    /** The page's view action: the worklist of the caller's own body. */
    public void open() {
        if (worklist != null) {
            return;
        }
        if (isChoosesArea() && area == null) {
            List<TrialAreaView> areas = getAreas();
            area = areas.isEmpty() ? null : areas.get(0).key();
        }
        load();
    }

    /** Shows the first page again, after another area or kind was chosen. */
    public void show() {
        page = 0;
        load();
    }

    public void next() {
        if (isHasNext()) {
            page++;
            load();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            load();
        }
    }

    private void load() {
        String chosenArea = isChoosesArea() ? area : null;
        Worklist read = problems.attempt(
                () -> services.worklist(chosenArea, null, kind, page, PAGE_SIZE),
                Map.of("area", "worklist:area", "kind", "worklist:kind"));
        if (read != null) {
            worklist = read;
        }
    }

    /** Administrators and staff of several trial areas say whose worklist they want. */
    public boolean isChoosesArea() {
        Caller caller = currentUser.require();
        return caller.role() == Role.ADMIN
                || (caller.role().servesTrialAreas() && caller.areaKeys().size() > 1);
    }

    /** The areas the caller may choose from. */
    public List<TrialAreaView> getAreas() {
        Caller caller = currentUser.require();
        return names.getAreas().stream().filter(a -> caller.servesArea(a.key())).toList();
    }

    /** What exactly an item concerns, named in the user's language where the code has a name. */
    public String detail(WorklistItem item) {
        String detail = item.detail();
        if (detail == null || detail.isBlank()) {
            return "–";
        }
        return switch (item.kind()) {
            case INITIAL_INTERVIEW, INTERVIEW -> uiText("appointmentKind." + detail, detail);
            case OBLIGATION_FOLLOW_UP -> uiText("statementKind." + detail, detail);
            case PLAN_REVIEW ->
                Messages.lookup(language.getLocale(), "services.planKind." + detail)
                        .orElse(detail);
            default -> detail;
        };
    }

    private String uiText(String key, String fallback) {
        try {
            return problems.text(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public List<WorklistKind> getKinds() {
        return List.of(WorklistKind.values());
    }

    public List<WorklistItem> getItems() {
        return worklist == null ? List.of() : worklist.items().items();
    }

    public Worklist getWorklist() {
        return worklist;
    }

    public long getTotal() {
        return worklist == null ? 0 : worklist.items().total();
    }

    public int getPageNumber() {
        return page + 1;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public WorklistKind getKind() {
        return kind;
    }

    public void setKind(WorklistKind kind) {
        this.kind = kind;
    }
}
