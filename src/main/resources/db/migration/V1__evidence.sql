-- The evidence log: per case, an append-only chain of records; each record's hash covers its fields and the previous
-- record's hash, so any later change or deletion inside a chain shows. evidence_case holds the head of each chain and
-- serialises appends (SELECT ... FOR UPDATE).
CREATE TABLE evidence_case (
    case_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    case_type   VARCHAR(32)              NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    head_seq    INTEGER                  NOT NULL,
    head_hash   CHAR(64)                 NOT NULL
);

CREATE TABLE evidence_record (
    case_id     VARCHAR(64)              NOT NULL REFERENCES evidence_case (case_id),
    seq         INTEGER                  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    step        VARCHAR(100)             NOT NULL,
    outcome     VARCHAR(32)              NOT NULL,
    subject     VARCHAR(200),
    detail      VARCHAR(4000),
    prev_hash   CHAR(64)                 NOT NULL,
    hash        CHAR(64)                 NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE INDEX evidence_case_closed ON evidence_case (closed_at);
