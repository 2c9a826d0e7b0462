package fi.kuntakokeilu.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service of the catalogue: a configurable row, with names in Finnish, Swedish and English. */
@Entity
@Table(name = "svc_service")
public class CatalogueService {

    @Id
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Counts as an active service in the activation rate. */
    @Column(name = "active_service", nullable = false)
    private boolean activeService;

    /** Offered for new service periods. */
    @Column(nullable = false)
    private boolean available;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CatalogueService() {}

    public String code() {
        return code;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean activeService() {
        return activeService;
    }

    public boolean available() {
        return available;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
