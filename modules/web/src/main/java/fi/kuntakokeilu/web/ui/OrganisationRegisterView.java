package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.TargetGroupRuleView;
import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

/**
 * The administrators' view of the organisations register, read-only: every trial area with its
 * period, status, owner, budget and contact, and each membership of a municipality with the days
 * it began and ended; then every municipality with its employment office region, its trial areas
 * and since when it has served as a comparison municipality; and every version of the target-group
 * rule with its days, legal basis and criteria. Nothing here is personal data of a customer; the page
 * is under {@code /admin/}, for administrators.
 */
@Named
@RequestScoped
public class OrganisationRegisterView {

    @Inject
    Organisations organisations;

    @Inject
    OrganisationNames names;

    @Inject
    Clients clients;

    @Inject
    LanguageView language;

    private List<TrialAreaView> areas;
    private List<TargetGroupRuleView> rules;

    /** The versions of the target-group rule, oldest first. */
    public List<TargetGroupRuleView> getRules() {
        if (rules == null) {
            rules = clients.targetGroupRules();
        }
        return rules;
    }

    /** Mother tongues by their ISO 639 codes, named in the page's language. */
    public String languages(List<String> codes) {
        return codes.stream().map(language::languageName).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Every trial area, by name in the page's language. */
    public List<TrialAreaView> getAreas() {
        if (areas == null) {
            areas = names.getAreas();
        }
        return areas;
    }

    /** An area's memberships, lead municipality first, then by name and start. */
    public List<MembershipView> memberships(TrialAreaView area) {
        return area.municipalities().stream()
                .sorted(Comparator.<MembershipView, Boolean>comparing(
                                m -> !m.municipalityCode().equals(area.leadMunicipality()))
                        .thenComparing(this::municipalityName)
                        .thenComparing(MembershipView::validFrom))
                .toList();
    }

    public String municipalityName(MembershipView membership) {
        return "sv".equals(language.getLanguage()) && membership.municipalityNameSv() != null
                ? membership.municipalityNameSv()
                : membership.municipalityNameFi();
    }

    /** Every municipality the register knows, by name. */
    public List<MunicipalityView> getMunicipalities() {
        return names.getMunicipalities();
    }

    /** The trial areas a municipality belonged to, with their periods. */
    public String memberOf(MunicipalityView municipality) {
        return municipality.trialAreas().stream()
                .map(m -> names.area(m.areaKey()) + " " + language.date(m.validFrom()) + " – "
                        + (m.validTo() == null ? "" : language.date(m.validTo())))
                .reduce((a, b) -> a + "; " + b)
                .orElse("–");
    }

    public String euros(BigDecimal amount) {
        return amount == null
                ? "–"
                : NumberFormat.getCurrencyInstance(
                                language.getLocale().getLanguage().equals("en")
                                        ? java.util.Locale.forLanguageTag("en-IE")
                                        : java.util.Locale.forLanguageTag(language.getLanguage() + "-FI"))
                        .format(amount);
    }
}
