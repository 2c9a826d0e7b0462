package fi.kuntakokeilu.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A trial area with its member municipalities over time. */
public record TrialAreaView(
        String key,
        String nameFi,
        String nameSv,
        String leadMunicipality,
        LocalDate startsOn,
        LocalDate endsOn,
        TrialAreaStatus status,
        String ownerOrganisation,
        BigDecimal budgetEur,
        String contactName,
        String contactEmail,
        long version,
        List<MembershipView> municipalities) {

    /** The name in Swedish when asked for and known, else in Finnish. */
    public String name(java.util.Locale language) {
        return "sv".equals(language.getLanguage()) && nameSv != null ? nameSv : nameFi;
    }
}
