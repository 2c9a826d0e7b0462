package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.control.ReferenceDataFiles.AreaRow;
import fi.kuntakokeilu.organisations.control.ReferenceDataFiles.OfficeRow;
import fi.kuntakokeilu.organisations.control.ReferenceDataFiles.RowError;
import fi.kuntakokeilu.organisations.entity.AreaMembership;
import fi.kuntakokeilu.organisations.entity.EmploymentOffice;
import fi.kuntakokeilu.organisations.entity.Municipality;
import fi.kuntakokeilu.organisations.entity.ReferenceLoad;
import fi.kuntakokeilu.organisations.entity.TrialArea;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Applies reference-data rows to the database, adding what is missing and never changing what is
 * there: the files seed the data, and from then on administrators own it. Loading the same file
 * twice therefore changes nothing, and an administrator's correction survives a restart.
 */
public final class ReferenceDataImport {

    private final OrganisationStore store;
    private final Clock clock;

    public ReferenceDataImport(OrganisationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How a load went: rows that added something, and rows refused with their reason. */
    public record Result(int added, List<RowError> errors) {}

    /**
     * Loads one of the known files unless a file with the same name and checksum was loaded
     * before; records the load. Empty when the file was skipped as unchanged.
     */
    public Optional<Result> load(String file, String content) {
        String sha256 = sha256(content);
        if (store.isLoaded(file, sha256)) {
            return Optional.empty();
        }
        Result result;
        if (file.equals(ReferenceDataFiles.OFFICES)) {
            var parsed = ReferenceDataFiles.offices(content);
            result = merge(parsed.errors(), applyOffices(parsed.rows()));
        } else if (file.equals(ReferenceDataFiles.AREAS)) {
            var parsed = ReferenceDataFiles.areas(content);
            result = merge(parsed.errors(), applyAreas(parsed.rows()));
        } else {
            throw new IllegalArgumentException("not a reference-data file: " + file);
        }
        store.add(new ReferenceLoad(
                file, sha256, clock.instant(), result.added(), result.errors().size()));
        store.flush();
        return Optional.of(result);
    }

    private static Result merge(List<RowError> parseErrors, Result applied) {
        List<RowError> errors = new ArrayList<>(parseErrors);
        errors.addAll(applied.errors());
        return new Result(applied.added(), errors);
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public Result applyOffices(List<OfficeRow> rows) {
        int added = 0;
        for (OfficeRow row : rows) {
            boolean changed = false;
            if (store.office(row.officeKey()).isEmpty()) {
                store.add(new EmploymentOffice(row.officeKey(), row.nameFi(), row.nameSv()));
                changed = true;
            }
            var municipality = store.municipality(row.municipalityCode());
            if (municipality.isEmpty()) {
                store.add(new Municipality(row.municipalityCode(), row.municipalityNameFi(), null, row.officeKey()));
                changed = true;
            } else if (municipality.get().officeKey() == null) {
                municipality.get().assignOffice(row.officeKey());
                changed = true;
            }
            added += changed ? 1 : 0;
        }
        store.flush();
        return new Result(added, List.of());
    }

    /**
     * Adds areas, their municipalities and memberships for the trial's period. The first row of an
     * area names its lead municipality (the files list the lead first, as the statute does).
     */
    public Result applyAreas(List<AreaRow> rows) {
        int added = 0;
        List<RowError> errors = new ArrayList<>();
        for (AreaRow row : rows) {
            boolean changed = false;
            var municipality = store.municipality(row.municipalityCode());
            if (municipality.isEmpty()) {
                store.add(new Municipality(
                        row.municipalityCode(), row.municipalityNameFi(), row.municipalityNameSv(), null));
                changed = true;
            } else {
                changed |= municipality.get().completeSwedishName(row.municipalityNameSv());
            }
            if (store.area(row.areaKey()).isEmpty()) {
                TrialArea area = new TrialArea(
                        row.areaKey(),
                        row.areaNameFi(),
                        row.areaNameSv(),
                        row.trialStart(),
                        row.trialEnd(),
                        row.status());
                area.leadBy(row.municipalityCode());
                store.add(area);
                changed = true;
            }
            store.flush();
            List<AreaMembership> existing = store.membershipsOf(row.municipalityCode());
            boolean alreadyThere = existing.stream()
                    .anyMatch(m ->
                            m.areaKey().equals(row.areaKey()) && m.validFrom().equals(row.trialStart()));
            if (!alreadyThere) {
                var clash = MembershipRules.clash(
                        store.membershipViewsOf(row.municipalityCode()), row.trialStart(), row.trialEnd(), null);
                if (clash.isPresent()) {
                    errors.add(new RowError(
                            row.line(),
                            "municipality_code",
                            "already in trial area " + clash.get().areaKey() + " at the same time"));
                } else {
                    store.add(new AreaMembership(
                            row.areaKey(), row.municipalityCode(), row.trialStart(), row.trialEnd()));
                    changed = true;
                }
            }
            added += changed ? 1 : 0;
        }
        store.flush();
        return new Result(added, errors);
    }
}
