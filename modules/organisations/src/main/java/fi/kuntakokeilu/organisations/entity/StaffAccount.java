package fi.kuntakokeilu.organisations.entity;

import fi.kuntakokeilu.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in: their role, and the trial areas or the employment office their work is
 * limited to. The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "org_staff_account")
public class StaffAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "office_key")
    private String officeKey;

    /** The language the user chose (fi, sv, en), or null until they choose. */
    @Column
    private String language;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @jakarta.persistence.Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_staff_area", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "area_key")
    private Set<String> areaKeys = new HashSet<>();

    protected StaffAccount() {}

    public StaffAccount(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            String officeKey,
            Set<String> areaKeys,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.officeKey = officeKey;
        this.areaKeys = new HashSet<>(areaKeys);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String officeKey() {
        return officeKey;
    }

    public String language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> areaKeys() {
        return Set.copyOf(areaKeys);
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public long version() {
        return version;
    }

    public void speak(String language) {
        this.language = language;
    }

    /** Records the outcome of a sign-in: failures in a row and, when locked, until when. */
    public void signInOutcome(int failedLogins, Instant lockedUntil) {
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
    }

    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** What the account may do and where: role, trial areas, office, and whether it may sign in at all. */
    public void scope(String displayName, Role role, Set<String> areaKeys, String officeKey, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.areaKeys = new HashSet<>(areaKeys);
        this.officeKey = officeKey;
        this.enabled = enabled;
    }
}
