package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.clients.control.CustomerExtract.RowError;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ProblemException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading an employment-office extract: every bad row found with its line and column, good rows whole. */
class CustomerExtractTest {

    static final String HEADER = "personal_identity_code,last_name,first_names,home_municipality,mother_tongue,"
            + "immigrant,labour_market_status,unemployment_benefit,registered_on,status_since";

    private static List<Parsed> read(String csv) {
        List<Parsed> all = new ArrayList<>();
        try (CustomerExtract extract = CustomerExtract.open(new StringReader(csv), Fixtures.areas())) {
            for (var parsed = extract.next(); parsed.isPresent(); parsed = extract.next()) {
                all.add(parsed.get());
            }
        }
        return all;
    }

    @Test
    void readsAGoodRowWhole() {
        List<Parsed> rows =
                read(HEADER + "\n010190-999W,Virtanen,Maija,091,fi,false,UNEMPLOYED,NONE,2021-02-01,2021-02-01\n");

        assertThat(rows).singleElement().satisfies(parsed -> {
            assertThat(parsed.isValid()).isTrue();
            assertThat(parsed.line()).isEqualTo(2);
            assertThat(parsed.row().code().value()).isEqualTo("010190-999W");
            assertThat(parsed.row().motherTongue()).isEqualTo("fin");
            assertThat(parsed.row().labourMarketStatus()).isEqualTo(LabourMarketStatus.UNEMPLOYED);
        });
    }

    @Test
    void reportsEveryFaultOfABadRowWithItsLineAndColumn() {
        List<Parsed> rows = read(HEADER
                + "\n010190-999W,Virtanen,Maija,091,fi,false,UNEMPLOYED,NONE,2021-02-01,2021-02-01"
                + "\n010190-999K,,Matti,999,xx,perhaps,RETIRED,NONE,yesterday,2021-02-01\n");

        assertThat(rows.get(1).isValid()).isFalse();
        assertThat(rows.get(1).errors())
                .allSatisfy(error -> assertThat(error.line()).isEqualTo(3))
                .extracting(RowError::field, RowError::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "personal_identity_code", "platform.personalIdentityCode.checkCharacter"),
                        org.assertj.core.groups.Tuple.tuple("last_name", "clients.import.required"),
                        org.assertj.core.groups.Tuple.tuple("home_municipality", "clients.homeMunicipality.unknown"),
                        org.assertj.core.groups.Tuple.tuple("mother_tongue", "clients.motherTongue.unknown"),
                        org.assertj.core.groups.Tuple.tuple("immigrant", "clients.import.badValue"),
                        org.assertj.core.groups.Tuple.tuple("labour_market_status", "clients.import.badValue"),
                        org.assertj.core.groups.Tuple.tuple("registered_on", "clients.import.notDate"));
    }

    @Test
    void countsLinesAsTheFileHasThemAcrossBlankLinesAndQuotedLineBreaks() {
        List<Parsed> rows = read(HEADER
                + "\n\n010190-999W,\"Virtanen\nSmith\",Maija,091,fi,,UNEMPLOYED,NONE,2021-02-01,2021-02-01"
                + "\n020290-998J,Nieminen,Liisa,091,fi,,UNEMPLOYED,NONE,2021-02-01,2021-02-01");

        assertThat(rows).extracting(Parsed::line).containsExactly(3L, 5L);
    }

    @Test
    void readsSemicolonsFinnishDatesAndAByteOrderMark() {
        String semicolons = "\uFEFF" + HEADER.replace(',', ';')
                + "\n010190-999W;Virtanen;Maija;091;se;1;LAID_OFF_FULL;basic_allowance;1.2.2021;15.2.2021\n";

        Parsed parsed = read(semicolons).get(0);

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.row().motherTongue()).isEqualTo("sme");
        assertThat(parsed.row().immigrant()).isTrue();
        assertThat(parsed.row().registeredOn()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(parsed.row().statusSince()).isEqualTo(LocalDate.of(2021, 2, 15));
    }

    @Test
    void refusesAFileWhoseHeaderLacksARequiredColumnOrNamesAnUnknownOne() {
        String header = HEADER.replace(",status_since", ",colour");

        assertThatThrownBy(() -> read(header + "\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::key)
                        .containsExactlyInAnyOrder("clients.import.unknownColumn", "clients.import.missingColumn"));
    }

    @Test
    void endsChunksBeforeARepeatedCodeSoRowsApplyInTheFilesOrder() {
        String csv = HEADER
                + "\n010190-999W,Virtanen,Maija,091,fi,,UNEMPLOYED,NONE,2021-02-01,2021-02-01"
                + "\n020290-998J,Nieminen,Liisa,091,fi,,UNEMPLOYED,NONE,2021-02-01,2021-02-01"
                + "\n010190-999W,Virtanen,Maija,049,fi,,UNEMPLOYED,NONE,2021-02-01,2021-03-01\n";
        try (CustomerExtract extract = CustomerExtract.open(new StringReader(csv), Fixtures.areas())) {
            assertThat(extract.nextChunk(10)).extracting(Parsed::line).containsExactly(2L, 3L);
            assertThat(extract.nextChunk(10)).extracting(Parsed::line).containsExactly(4L);
            assertThat(extract.nextChunk(10)).isEmpty();
        }
    }
}
