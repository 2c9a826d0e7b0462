package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of areas, offices and municipalities in the page's language, for pages that hold only
 * their keys and codes (read once per request from the organisations API).
 */
@Named("names")
@RequestScoped
public class OrganisationNames {

    @Inject
    Organisations organisations;

    @Inject
    LanguageView language;

    private Map<String, TrialAreaView> areas;
    private Map<String, EmploymentOfficeView> offices;
    private List<MunicipalityView> municipalities;
    private Map<String, MunicipalityView> municipalitiesByCode;

    /** A responsible body by name, e.g. "Helsinki (kokeilualue)"; its key when unknown. */
    public String body(ResponsibleBody body) {
        if (body == null) {
            return "–";
        }
        return body.isArea() ? area(body.key()) : office(body.key());
    }

    public String area(String key) {
        TrialAreaView area = areas().get(key);
        return area == null ? String.valueOf(key) : area.name(language.getLocale());
    }

    public String office(String key) {
        EmploymentOfficeView office = offices().get(key);
        if (office == null) {
            return String.valueOf(key);
        }
        return swedish() && office.nameSv() != null ? office.nameSv() : office.nameFi();
    }

    public String municipality(String code) {
        MunicipalityView municipality = municipalitiesByCode().get(code);
        if (municipality == null) {
            return String.valueOf(code);
        }
        return municipalityName(municipality);
    }

    public String municipalityName(MunicipalityView municipality) {
        return swedish() && municipality.nameSv() != null ? municipality.nameSv() : municipality.nameFi();
    }

    /** Every municipality, sorted by its name in the page's language. */
    public List<MunicipalityView> getMunicipalities() {
        if (municipalities == null) {
            municipalities = organisations.municipalities().stream()
                    .sorted(Comparator.comparing(this::municipalityName))
                    .toList();
        }
        return municipalities;
    }

    /** Every trial area, sorted by name. */
    public List<TrialAreaView> getAreas() {
        return areas().values().stream()
                .sorted(Comparator.comparing(a -> a.name(language.getLocale())))
                .toList();
    }

    private boolean swedish() {
        return "sv".equals(language.getLanguage());
    }

    private Map<String, TrialAreaView> areas() {
        if (areas == null) {
            areas = organisations.trialAreas().stream()
                    .collect(Collectors.toMap(TrialAreaView::key, Function.identity()));
        }
        return areas;
    }

    private Map<String, EmploymentOfficeView> offices() {
        if (offices == null) {
            offices = organisations.employmentOffices().stream()
                    .collect(Collectors.toMap(EmploymentOfficeView::key, Function.identity()));
        }
        return offices;
    }

    private Map<String, MunicipalityView> municipalitiesByCode() {
        if (municipalitiesByCode == null) {
            municipalitiesByCode = organisations.municipalities().stream()
                    .collect(Collectors.toMap(MunicipalityView::code, Function.identity(), (a, b) -> a));
        }
        return municipalitiesByCode;
    }
}
