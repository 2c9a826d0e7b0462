package fi.kuntakokeilu.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One load of a reference-data file with a given checksum: an unchanged file is not read twice. */
@Entity
@Table(name = "org_reference_load")
public class ReferenceLoad {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "rows_added", nullable = false)
    private int rowsAdded;

    @Column(name = "rows_bad", nullable = false)
    private int rowsBad;

    protected ReferenceLoad() {}

    public ReferenceLoad(String fileName, String sha256, Instant loadedAt, int rowsAdded, int rowsBad) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.loadedAt = loadedAt;
        this.rowsAdded = rowsAdded;
        this.rowsBad = rowsBad;
    }
}
