package fi.kuntakokeilu.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A stored version of the target-group rule: its period, the statute, and its parameters as
 * comma-separated lists. Versions are added by migrations when the law changes, never edited.
 */
@Entity
@Table(name = "cli_rule_version")
public class TargetGroupRuleVersion {

    @Id
    private int version;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "age_limit", nullable = false)
    private int ageLimit;

    @Column(name = "qualifying_statuses", nullable = false)
    private String qualifyingStatuses;

    @Column(name = "disqualifying_benefits", nullable = false)
    private String disqualifyingBenefits;

    @Column(name = "domestic_languages", nullable = false)
    private String domesticLanguages;

    @Column(nullable = false)
    private String description;

    protected TargetGroupRuleVersion() {}

    public int version() {
        return version;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public int ageLimit() {
        return ageLimit;
    }

    public String qualifyingStatuses() {
        return qualifyingStatuses;
    }

    public String disqualifyingBenefits() {
        return disqualifyingBenefits;
    }

    public String domesticLanguages() {
        return domesticLanguages;
    }

    public String description() {
        return description;
    }
}
