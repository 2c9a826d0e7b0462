-- Tamper evidence for the audit trail: events are sealed in blocks, each block's hash covering its
-- events and the previous block's hash. A changed, removed or inserted event in a sealed range
-- breaks the chain. The unique chain link means two instances sealing at once cannot fork the
-- chain: one of the two inserts fails.
CREATE TABLE audit_seal (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    previous_seal_id BIGINT,
    from_event_id    BIGINT       NOT NULL,
    to_event_id      BIGINT       NOT NULL,
    event_count      INT          NOT NULL,
    block_hash       CHAR(64)     NOT NULL,
    sealed_at        DATETIME(6)  NOT NULL,
    -- 0 for the first seal: so only one seal may start the chain, and each seal has one successor.
    chain_link       BIGINT AS (COALESCE(previous_seal_id, 0)) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY audit_seal_chain (chain_link),
    CONSTRAINT audit_seal_previous FOREIGN KEY (previous_seal_id) REFERENCES audit_seal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';

CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';
