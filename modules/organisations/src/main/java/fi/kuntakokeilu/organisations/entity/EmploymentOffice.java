package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A state employment office (TE office). It keeps every customer of its region who is not in a
 * trial, and all employer services.
 */
@Entity
@Table(name = "org_employment_office")
public class EmploymentOffice {

    @Id
    @Column(name = "office_key")
    private String key;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    protected EmploymentOffice() {}

    public EmploymentOffice(String key, String nameFi, String nameSv) {
        this.key = key;
        this.nameFi = nameFi;
        this.nameSv = nameSv;
    }

    public String key() {
        return key;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }
}
