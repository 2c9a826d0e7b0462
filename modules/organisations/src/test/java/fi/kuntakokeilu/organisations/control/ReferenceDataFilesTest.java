package fi.kuntakokeilu.organisations.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.organisations.TrialAreaStatus;
import fi.kuntakokeilu.organisations.control.ReferenceDataFiles.RowError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reference-data files: every bad row reported with line and field, every good row kept. */
class ReferenceDataFilesTest {

    private static final String AREA_HEADER = "area_key,area_name_fi,area_name_sv,municipality_code,"
            + "municipality_name_fi,municipality_name_sv,trial_start,trial_end,status\n";

    @Test
    void readsAnAreaRow() {
        var parsed = ReferenceDataFiles.areas(AREA_HEADER
                + "vantaa-kerava,Vantaa–Kerava,Vanda–Kervo,092,Vantaa,Vanda,2021-03-01,2024-12-31,confirmed\n");

        assertThat(parsed.errors()).isEmpty();
        var row = parsed.rows().get(0);
        assertThat(row.areaKey()).isEqualTo("vantaa-kerava");
        assertThat(row.municipalityNameSv()).isEqualTo("Vanda");
        assertThat(row.trialStart()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(row.status()).isEqualTo(TrialAreaStatus.CONFIRMED);
    }

    @Test
    void reportsEachBadRowAndKeepsTheGoodOnes() {
        var parsed = ReferenceDataFiles.areas(AREA_HEADER
                + "helsinki,Helsinki,Helsingfors,091,Helsinki,Helsingfors,2021-03-01,2024-12-31,confirmed\n"
                + "espoo,Espoo,Esbo,49,Espoo,Esbo,2021-03-01,2024-12-31,confirmed\n"
                + "porvoo,Porvoo,Borgå,638,Porvoo,Borgå,1.3.2021,2024-12-31,rumoured\n"
                + ",Nimetön,,199,Tuntematon,,2021-03-01,2020-01-01,selected\n"
                + "kokkola,Kokkolan seutu,Karlebynejden,272,Kokkola,Karleby,2021-03-01,,selected\n");

        assertThat(parsed.rows()).extracting(r -> r.areaKey()).containsExactly("helsinki", "kokkola");
        assertThat(parsed.errors())
                .containsExactlyInAnyOrder(
                        new RowError(3, "municipality_code", "not three digits"),
                        new RowError(4, "trial_start", "not a date (YYYY-MM-DD)"),
                        new RowError(4, "status", "not confirmed or selected"),
                        new RowError(5, "area_key", "missing"),
                        new RowError(5, "trial_end", "ends before it starts"));
    }

    @Test
    void reportsAMissingColumnOnce() {
        var parsed = ReferenceDataFiles.offices("office_key,office_name_fi,municipality_code\nuusimaa,Uusimaa,091\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.field()).contains("municipality_name_fi");
        });
    }

    @Test
    void readsAFileWithAByteOrderMark() {
        var parsed = ReferenceDataFiles.offices("\uFEFFoffice_key,office_name_fi,office_name_sv,municipality_code,"
                + "municipality_name_fi\nuusimaa,Uudenmaan TE-toimisto,TE-byrån i Nyland,091,Helsinki\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().extracting(r -> r.officeKey()).isEqualTo("uusimaa");
    }
}
