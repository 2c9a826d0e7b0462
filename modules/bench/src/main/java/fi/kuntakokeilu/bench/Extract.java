package fi.kuntakokeilu.bench;

import fi.kuntakokeilu.clients.control.CustomerExtract;
import fi.kuntakokeilu.clients.control.PopulationGenerator;
import fi.kuntakokeilu.clients.control.PopulationGenerator.Place;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The national-scale office customer extract: the seeded generator's population as the day before
 * the trial, written in the import format (docs/import-format.md), with the places of the shipped
 * reference data.
 */
final class Extract {

    static final LocalDate REFERENCE_DAY = LocalDate.of(2021, 2, 28);
    static final long SEED = 20210301L;

    private Extract() {}

    static Path write(Path file, int customers, Path referenceData) throws IOException {
        PopulationGenerator generator = new PopulationGenerator(SEED, REFERENCE_DAY, places(referenceData));
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("personal_identity_code,last_name,first_names,home_municipality,mother_tongue,immigrant,"
                    + "education_level,labour_market_status,unemployment_benefit,registered_on,status_since\n");
            for (int i = 0; i < customers; i++) {
                CustomerExtract.Row row = generator.next();
                out.write(row.code().value());
                out.write(',');
                out.write(row.lastName());
                out.write(',');
                out.write(row.firstName());
                out.write(',');
                out.write(row.homeMunicipality());
                out.write(',');
                out.write(row.motherTongue());
                out.write(',');
                out.write(Boolean.toString(row.immigrant()));
                out.write(',');
                out.write(
                        row.educationLevel() == null ? "" : row.educationLevel().toString());
                out.write(',');
                out.write(row.labourMarketStatus().name());
                out.write(',');
                out.write(row.unemploymentBenefit().name());
                out.write(',');
                out.write(row.registeredOn().toString());
                out.write(',');
                out.write(row.statusSince().toString());
                out.write('\n');
            }
        }
        return file;
    }

    /** Every municipality of the reference data: those of trial areas, and the other offices' ones. */
    static List<Place> places(Path referenceData) throws IOException {
        Set<String> trial = new LinkedHashSet<>();
        for (String line : Files.readAllLines(referenceData.resolve("trial-areas.csv"), StandardCharsets.UTF_8)
                .subList(
                        1,
                        Files.readAllLines(referenceData.resolve("trial-areas.csv"))
                                .size())) {
            if (!line.isBlank()) {
                trial.add(line.split(",")[3]);
            }
        }
        Set<String> all = new LinkedHashSet<>(trial);
        List<String> offices =
                Files.readAllLines(referenceData.resolve("employment-offices.csv"), StandardCharsets.UTF_8);
        for (String line : offices.subList(1, offices.size())) {
            if (!line.isBlank()) {
                all.add(line.split(",")[3]);
            }
        }
        List<Place> places = new ArrayList<>();
        for (String code : all) {
            places.add(new Place(code, trial.contains(code)));
        }
        return places;
    }
}
