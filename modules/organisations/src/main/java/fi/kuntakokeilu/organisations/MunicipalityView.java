package fi.kuntakokeilu.organisations;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality: its office region, the trial areas it belonged to, and since when it has served
 * as a comparison municipality for the evaluation (null if it does not).
 */
public record MunicipalityView(
        String code,
        String nameFi,
        String nameSv,
        String employmentOffice,
        LocalDate comparisonSince,
        List<MembershipView> trialAreas,
        long version) {}
