package fi.kuntakokeilu.organisations;

import fi.kuntakokeilu.platform.identity.ValidMunicipalityCode;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A municipality joining a trial area from a day, until a last day or for good. */
public record MembershipRequest(
        @NotNull @ValidMunicipalityCode String municipalityCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {}
