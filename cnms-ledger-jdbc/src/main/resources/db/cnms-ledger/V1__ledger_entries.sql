-- The entries of a carbon-asset ledger (T/CAS 612 clause 6.7), one row each, append-only.
-- "entry" holds the entry's JSON exactly as its line in the JSON Lines form (see
-- docs/ledger-hash-chain.md); the other columns repeat parts of it for queries and constraints.
-- Portable between PostgreSQL and H2.
CREATE TABLE cnms_ledger_entry (
  seq           BIGINT        NOT NULL,
  chain         INTEGER       NOT NULL,
  previous_hash CHAR(64)      NOT NULL,
  hash          CHAR(64)      NOT NULL,
  event_id      VARCHAR(128)  NOT NULL,
  event_type    VARCHAR(40)   NOT NULL,
  entry         VARCHAR(1000000) NOT NULL,
  CONSTRAINT cnms_ledger_entry_pk PRIMARY KEY (seq),
  CONSTRAINT cnms_ledger_entry_hash_uq UNIQUE (hash),
  CONSTRAINT cnms_ledger_entry_previous_uq UNIQUE (previous_hash),
  CONSTRAINT cnms_ledger_entry_event_uq UNIQUE (event_id),
  CONSTRAINT cnms_ledger_entry_seq_ck CHECK (seq >= 0)
);
