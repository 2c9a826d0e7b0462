-- Name search within a caller's scope (issue 7: answers within 300 ms on 700,000 customers). The
-- custody row repeats the person's names, so that "customers of this body whose last (or first)
-- name begins with ..., in name order" is one range of one index, read in order and stopped after a
-- page, instead of a join of every name match in the country with custody. The ledger writes the
-- names with the custody row and every change of a name copies them here (JdbcCustodyLedger).
-- Same character set and collation as cli_job_seeker, so the order and the matching are the same.
ALTER TABLE cli_custody
    ADD COLUMN first_name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
    ADD COLUMN last_name  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

UPDATE cli_custody c JOIN cli_job_seeker j ON j.id = c.job_seeker_id
SET c.first_name = j.first_name, c.last_name = j.last_name;

ALTER TABLE cli_custody
    MODIFY first_name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    MODIFY last_name  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    ADD KEY cli_custody_body_last_name (body_type, body_key, last_name, first_name, job_seeker_id),
    ADD KEY cli_custody_body_first_name (body_type, body_key, first_name, last_name, job_seeker_id);
