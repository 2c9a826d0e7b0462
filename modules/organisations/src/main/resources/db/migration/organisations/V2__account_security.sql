-- Lockout after repeated failed sign-ins, and when the password last changed.
ALTER TABLE org_staff_account
    ADD COLUMN failed_logins       INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until        DATETIME(6),
    ADD COLUMN password_changed_at DATETIME(6),
    ADD COLUMN version             BIGINT      NOT NULL DEFAULT 0;

-- The language a user chose to work in; empty until they choose (the browser's language is used).
ALTER TABLE org_staff_account MODIFY language VARCHAR(5) NULL DEFAULT NULL;
UPDATE org_staff_account SET language = NULL;
