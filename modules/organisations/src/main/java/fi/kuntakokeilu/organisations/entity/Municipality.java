package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A municipality by its Statistics Finland code. It lies in one employment office's region, may
 * belong to a trial area for a period ({@link AreaMembership}), and may serve the evaluation as a
 * comparison municipality from a date.
 */
@Entity
@Table(name = "org_municipality")
public class Municipality {

    @Id
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "office_key")
    private String officeKey;

    @Column(name = "comparison_since")
    private LocalDate comparisonSince;

    @Version
    private long version;

    protected Municipality() {}

    public Municipality(String code, String nameFi, String nameSv, String officeKey) {
        this.code = code;
        this.nameFi = nameFi;
        this.nameSv = nameSv;
        this.officeKey = officeKey;
    }

    public String code() {
        return code;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String officeKey() {
        return officeKey;
    }

    public LocalDate comparisonSince() {
        return comparisonSince;
    }

    public long version() {
        return version;
    }

    public void rename(String nameFi, String nameSv) {
        this.nameFi = nameFi;
        this.nameSv = nameSv;
    }

    /** Fills a Swedish name that an earlier source lacked; never overwrites one. */
    public boolean completeSwedishName(String nameSv) {
        if (this.nameSv == null && nameSv != null && !nameSv.isBlank()) {
            this.nameSv = nameSv;
            return true;
        }
        return false;
    }

    public void assignOffice(String officeKey) {
        this.officeKey = officeKey;
    }

    public void markComparison(LocalDate since) {
        this.comparisonSince = since;
    }
}
