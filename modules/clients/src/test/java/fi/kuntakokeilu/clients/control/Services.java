package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The control classes over one entity manager (one transaction), as the container would wire them. */
final class Services {

    static final Clock CLOCK =
            Clock.fixed(java.time.Instant.parse("2026-11-01T10:00:00Z"), ZoneId.of("Europe/Helsinki"));

    final EntityManager em;
    final JpaJobSeekerStore store;
    final JdbcCustodyLedger ledger;
    final Transfers transfers;
    final Registry registry;
    final JdbcTransferRunStore runs;
    final BulkTransfer bulk;
    final JdbcJobSeekerImport imports;

    Services(EntityManager em) {
        this.em = em;
        this.store = new JpaJobSeekerStore(em);
        this.ledger = new JdbcCustodyLedger(em, CLOCK);
        this.transfers = new Transfers(store, ledger);
        this.registry = new Registry(store, ledger, transfers, CLOCK);
        this.runs = new JdbcTransferRunStore(em);
        this.bulk = new BulkTransfer(em, ledger, runs, CLOCK);
        this.imports = new JdbcJobSeekerImport(em, ledger, CLOCK);
    }

    /** A registration of an unemployed Finnish speaker on labour-market subsidy. */
    static JobSeekerRequest registration(PersonalIdentityCode code, String home, LocalDate registeredOn) {
        return JobSeekerRequest.of(
                code.value(),
                "Testi",
                "Henkilö" + code.value().substring(7, 10),
                home,
                "fi",
                false,
                LabourMarketStatus.UNEMPLOYED,
                UnemploymentBenefit.LABOUR_MARKET_SUBSIDY,
                registeredOn);
    }

    /** A temporary identity code (900–999) from a serial number: unique per number below 5,000. */
    static PersonalIdentityCode code(int serial) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(serial / 50);
        return PersonalIdentityCode.of(birth, '-', 900 + (serial % 50) * 2 + 1);
    }
}
