package fi.kuntakokeilu.organisations;

import java.time.LocalDate;

/** A municipality's membership of a trial area, from one day to another (inclusive; open when {@code validTo} is null). */
public record MembershipView(
        long id,
        String areaKey,
        String municipalityCode,
        String municipalityNameFi,
        String municipalityNameSv,
        LocalDate validFrom,
        LocalDate validTo,
        long version) {

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
