-- Offboarding cases as HR asked for them, and the hand-over plan per app. The process (business key = id) steps
-- through them; the plan rows are what the manager reviewed and what Roster executes.
CREATE TABLE offboarding_case (
    id                   VARCHAR(40)              NOT NULL PRIMARY KEY,
    leaver_email         VARCHAR(200)             NOT NULL,
    -- the leaver's e-mail while the case is active, else NULL: at most one active case per person
    active_email         VARCHAR(200),
    last_working_moment  TIMESTAMP WITH TIME ZONE NOT NULL,
    termination          BOOLEAN                  NOT NULL,
    manager              VARCHAR(200)             NOT NULL,
    default_successor    VARCHAR(200),
    reason               VARCHAR(32)              NOT NULL,
    hr_reference         VARCHAR(100),
    requested_by         VARCHAR(100)             NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    idempotency_key      VARCHAR(200),
    request_fingerprint  CHAR(64),
    status               VARCHAR(32)              NOT NULL,
    leaver_user_id       VARCHAR(36),
    access_denied_at     TIMESTAMP WITH TIME ZONE,
    ended_at             TIMESTAMP WITH TIME ZONE,
    end_note             VARCHAR(1000)
);

CREATE UNIQUE INDEX offboarding_case_active_email ON offboarding_case (active_email);
CREATE UNIQUE INDEX offboarding_case_idempotency_key ON offboarding_case (idempotency_key);
CREATE INDEX offboarding_case_leaver ON offboarding_case (leaver_email);
CREATE INDEX offboarding_case_status ON offboarding_case (status);

CREATE TABLE offboarding_app (
    case_id              VARCHAR(40)              NOT NULL REFERENCES offboarding_case (id),
    app_id               VARCHAR(64)              NOT NULL,
    app_name             VARCHAR(200)             NOT NULL,
    cloud                VARCHAR(32)              NOT NULL,
    license_type         VARCHAR(16),
    technical_contact    BOOLEAN                  NOT NULL,
    scrum_master         BOOLEAN                  NOT NULL,
    only_scrum_master    BOOLEAN                  NOT NULL,
    other_active_members INTEGER                  NOT NULL,
    training             BOOLEAN                  NOT NULL,
    leaver_role_id       VARCHAR(64),
    proposal             VARCHAR(32),
    proposal_reason      VARCHAR(500),
    decision             VARCHAR(32),
    successor_email      VARCHAR(200),
    plan_version         INTEGER                  NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    status_detail        VARCHAR(1000),
    snapshot_ids         VARCHAR(1000),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, app_id)
);
