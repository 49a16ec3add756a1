-- Onboarding cases as HR asked for them (business key = id), the plan the onboarding-plan decision made for each, and
-- the profile picture HR sent. The plan rows also record what Roster granted, so that a cancellation removes exactly
-- that and nothing a rehire had before.
CREATE TABLE onboarding_case (
    id                 VARCHAR(40)              NOT NULL PRIMARY KEY,
    email              VARCHAR(200)             NOT NULL,
    -- the new hire's e-mail while the case is active, else NULL: at most one active onboarding per person
    active_email       VARCHAR(200),
    first_name         VARCHAR(100)             NOT NULL,
    last_name          VARCHAR(100)             NOT NULL,
    job_title          VARCHAR(100)             NOT NULL,
    department         VARCHAR(100)             NOT NULL,
    country            VARCHAR(100)             NOT NULL,
    location           VARCHAR(100)             NOT NULL,
    manager            VARCHAR(200)             NOT NULL,
    start_date         DATE                     NOT NULL,
    hr_reference       VARCHAR(100),
    requested_by       VARCHAR(100)             NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a client's Idempotency-Key and what its request said, so that a retried POST answers the same case
    idempotency_key    VARCHAR(200),
    request_fingerprint CHAR(64),
    status             VARCHAR(32)              NOT NULL,
    user_id            VARCHAR(36),
    ended_at           TIMESTAMP WITH TIME ZONE,
    end_note           VARCHAR(1000)
);

CREATE UNIQUE INDEX onboarding_case_active_email ON onboarding_case (active_email);
CREATE INDEX onboarding_case_status ON onboarding_case (status);
CREATE UNIQUE INDEX onboarding_case_idempotency_key ON onboarding_case (idempotency_key);

CREATE TABLE onboarding_picture (
    case_id       VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES onboarding_case (id),
    content_type  VARCHAR(40)  NOT NULL,
    content       BYTEA        NOT NULL
);

CREATE TABLE onboarding_plan_item (
    case_id       VARCHAR(40)   NOT NULL REFERENCES onboarding_case (id),
    seq           INTEGER       NOT NULL,
    -- TEAM (app team with a role), ENVIRONMENT (permissions in one environment) or STEP (an internal step)
    kind          VARCHAR(16)   NOT NULL,
    app_id        VARCHAR(64),
    role_name     VARCHAR(100),
    environment   VARCHAR(100),
    permissions   VARCHAR(200),
    step          VARCHAR(200),
    owner_group   VARCHAR(64),
    -- PLANNED, then ADDED / INVITED / ALREADY_MEMBER / SET / DONE, REVOKED after a cancellation
    status        VARCHAR(32)   NOT NULL,
    note          VARCHAR(1000),
    PRIMARY KEY (case_id, seq)
);
