package fi.kuntakokeilu.clients.control;

import static fi.kuntakokeilu.clients.control.Fixtures.HELSINKI;
import static fi.kuntakokeilu.clients.control.Fixtures.VAASA;
import static fi.kuntakokeilu.clients.control.Services.CLOCK;
import static fi.kuntakokeilu.clients.control.Services.code;
import static fi.kuntakokeilu.clients.control.Services.registration;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.RetentionReport;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention rules (docs/security.md, "Retention"; GDPR Art. 5(1)(e), storage limitation): former
 * customers lose what identifies them once the period has passed, and nothing else changes, so
 * counts over the past stay what they were.
 */
class RetentionTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final Period FIVE_YEARS = Period.ofYears(5);
    private static final Period NINETY_DAYS = Period.ofDays(90);

    private long person(int serial, LocalDate leftOn) {
        return db.inTransaction(em -> {
            Services s = new Services(em);
            var person = s.registry.register(
                    registration(code(serial), serial % 2 == 0 ? HELSINKI : VAASA, LocalDate.of(2019, 1, 7)),
                    Fixtures.context(),
                    "office.uusimaa");
            if (leftOn != null) {
                s.registry.changeSituation(
                        person,
                        SituationChangeRequest.of(
                                leftOn, LabourMarketStatus.NOT_JOB_SEEKING, UnemploymentBenefit.NONE, null),
                        Fixtures.context(),
                        "office.uusimaa");
            }
            return person.id();
        });
    }

    private RetentionReport apply(List<Long> anonymised) {
        return db.inTransaction(em -> new Retention(em, CLOCK).apply(TODAY, FIVE_YEARS, NINETY_DAYS, anonymised));
    }

    @Test
    void anonymisesOnlyThoseWhoLeftMoreThanFiveYearsAgoAndKeepsTheirHistory() {
        long leftLongAgo = person(101, LocalDate.of(2022, 5, 31));
        long leftRecently = person(102, LocalDate.of(2022, 6, 2));
        long stillSeeking = person(103, null);
        long situationsBefore = db.count(
                "select count(*) from cli_situation where job_seeker_id in (?, ?, ?)",
                leftLongAgo,
                leftRecently,
                stillSeeking);

        RetentionReport dryRun =
                db.inTransaction(em -> new Retention(em, CLOCK).preview(TODAY, FIVE_YEARS, NINETY_DAYS));
        assertThat(dryRun.applied()).isFalse();
        assertThat(dryRun.formerCustomersLeftBefore()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(dryRun.formerCustomers()).isEqualTo(1);
        assertThat(db.count("select count(*) from cli_job_seeker where anonymised_at is not null"))
                .as("a dry run changes nothing")
                .isZero();

        List<Long> anonymised = new ArrayList<>();
        RetentionReport report = apply(anonymised);

        assertThat(report.applied()).isTrue();
        assertThat(anonymised).containsExactly(leftLongAgo);
        assertThat(db.count(
                        "select count(*) from cli_job_seeker where id = ? and first_name = '-' and last_name = '-'"
                                + " and personal_identity_code = concat('X', lpad(id, 10, '0')) and email is null"
                                + " and phone is null and street_address is null and anonymised_at is not null",
                        leftLongAgo))
                .isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from cli_job_seeker where id in (?, ?) and anonymised_at is null"
                                + " and personal_identity_code not like 'X%'",
                        leftRecently, stillSeeking))
                .isEqualTo(2);
        assertThat(db.count(
                        "select count(*) from cli_situation where job_seeker_id in (?, ?, ?)",
                        leftLongAgo,
                        leftRecently,
                        stillSeeking))
                .as("the situation history that monthly counts read is kept")
                .isEqualTo(situationsBefore);
        assertThat(db.count("select count(*) from cli_custody where job_seeker_id = ?", leftLongAgo))
                .isEqualTo(1);

        List<Long> again = new ArrayList<>();
        assertThat(apply(again).formerCustomers()).as("anonymised once").isZero();
        assertThat(again).isEmpty();
    }

    @Test
    void deletesTheRefusedRowsOfImportsFinishedMoreThanNinetyDaysAgoButKeepsTheImportsCounts() {
        db.execute(
                "insert into cli_import (id, status, imported_by, started_at, finished_at, rejected)"
                        + " values (9001, 'COMPLETED', 'admin', '2027-02-01 10:00:00', '2027-03-02 23:00:00', 2),"
                        + " (9002, 'COMPLETED', 'admin', '2027-03-03 10:00:00', '2027-03-03 10:05:00', 1)",
                "insert into cli_import_error (import_id, line, seq, field, code, argument) values"
                        + " (9001, 2, 0, 'personalIdentityCode', 'platform.personalIdentityCode.checkCharacter', null),"
                        + " (9001, 3, 0, 'lastName', 'clients.import.required', null),"
                        + " (9002, 2, 0, 'lastName', 'clients.import.required', null)");

        RetentionReport report = apply(new ArrayList<>());

        assertThat(report.importsFinishedBefore()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(report.importErrorRows()).isEqualTo(2);
        assertThat(db.count("select count(*) from cli_import_error where import_id = 9001"))
                .isZero();
        assertThat(db.count("select count(*) from cli_import_error where import_id = 9002"))
                .isEqualTo(1);
        assertThat(db.count("select rejected from cli_import where id = 9001")).isEqualTo(2);
    }
}
