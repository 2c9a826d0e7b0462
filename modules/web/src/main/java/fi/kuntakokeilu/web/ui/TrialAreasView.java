package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The trial areas page: every area with its period, status and member municipalities. */
@Named
@RequestScoped
public class TrialAreasView {

    @Inject
    Organisations organisations;

    @Inject
    LanguageView language;

    private List<TrialAreaView> areas;

    public List<TrialAreaView> getAreas() {
        if (areas == null) {
            areas = organisations.trialAreas();
        }
        return areas;
    }

    public String name(TrialAreaView area) {
        return area.name(language.getLocale());
    }

    /** Member municipalities in the page's language, lead municipality first. */
    public String municipalities(TrialAreaView area) {
        Locale locale = language.getLocale();
        return area.municipalities().stream()
                .sorted((a, b) -> Boolean.compare(
                        !a.municipalityCode().equals(area.leadMunicipality()),
                        !b.municipalityCode().equals(area.leadMunicipality())))
                .map(m -> municipalityName(m, locale))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String municipalityName(MembershipView m, Locale locale) {
        return "sv".equals(locale.getLanguage()) && m.municipalityNameSv() != null
                ? m.municipalityNameSv()
                : m.municipalityNameFi();
    }
}
