package fi.kuntakokeilu.organisations;

import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which trial area each municipality belonged to on any day, and which office's region it lies in:
 * an immutable snapshot, so a rule deciding thousands of customers asks memory, not the database.
 */
public final class AreaMap {

    private final Map<String, List<MembershipView>> membershipsByMunicipality;
    private final Map<String, String> officeByMunicipality;

    public AreaMap(Collection<MembershipView> memberships, Map<String, String> officeByMunicipality) {
        this.membershipsByMunicipality = memberships.stream()
                .collect(Collectors.groupingBy(MembershipView::municipalityCode, Collectors.toUnmodifiableList()));
        this.officeByMunicipality = Map.copyOf(officeByMunicipality);
    }

    /** The trial area a municipality belonged to on a day, if any. */
    public Optional<String> areaOf(MunicipalityCode municipality, LocalDate day) {
        return membershipsByMunicipality.getOrDefault(municipality.value(), List.of()).stream()
                .filter(membership -> membership.coversDay(day))
                .map(MembershipView::areaKey)
                .findFirst();
    }

    /** The employment office whose region the municipality lies in, if known. */
    public Optional<String> officeOf(MunicipalityCode municipality) {
        return Optional.ofNullable(officeByMunicipality.get(municipality.value()));
    }

    /** Municipalities that were ever in a trial area, grouped by area. */
    public Map<String, List<String>> municipalitiesByArea() {
        return membershipsByMunicipality.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(
                        MembershipView::areaKey,
                        Collectors.mapping(MembershipView::municipalityCode, Collectors.toList())));
    }
}
