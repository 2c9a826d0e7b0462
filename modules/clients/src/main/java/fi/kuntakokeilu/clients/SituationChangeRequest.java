package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.identity.ValidMunicipalityCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A change in what the target-group rules read, from a day on: status, benefit, home municipality
 * (kotikunta), or an exclusion criterion. Fields left out stay as they were. The change is added to
 * the history (nothing is overwritten) and the person is re-evaluated on that day.
 *
 * @param exclusionItem the item (1–3) of PES Act ch. 5a § 2(1) that now applies; 0 when none applies
 *     any more
 */
public record SituationChangeRequest(
        @NotNull @PastOrPresent LocalDate effectiveDate,
        LabourMarketStatus labourMarketStatus,
        UnemploymentBenefit unemploymentBenefit,
        @ValidMunicipalityCode String homeMunicipality,
        @Min(0) @Max(3) Integer exclusionItem) {

    public static SituationChangeRequest of(
            LocalDate effectiveDate,
            LabourMarketStatus labourMarketStatus,
            UnemploymentBenefit unemploymentBenefit,
            String homeMunicipality) {
        return new SituationChangeRequest(
                effectiveDate, labourMarketStatus, unemploymentBenefit, homeMunicipality, null);
    }

    public boolean changesNothing() {
        return labourMarketStatus == null
                && unemploymentBenefit == null
                && homeMunicipality == null
                && exclusionItem == null;
    }
}
