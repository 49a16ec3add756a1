-- Access reviews: each run's member inventory, backup access and findings, kept for the reports and for audit.
CREATE TABLE access_review (
    id                VARCHAR(40)              NOT NULL PRIMARY KEY,
    requested_by      VARCHAR(100)             NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- RUNNING, AWAITING_CONFIRMATION, COMPLETED, FAILED
    status            VARCHAR(32)              NOT NULL,
    inventory_at      TIMESTAMP WITH TIME ZONE,
    member_count      INTEGER,
    directory_count   INTEGER,
    orphan_count      INTEGER,
    finding_count     INTEGER,
    -- the orphans' share of all members went over the brake's limit: offboarding them needs an explicit override
    braked            BOOLEAN,
    confirmed_by      VARCHAR(100),
    override_brake    BOOLEAN,
    offboardings      INTEGER,
    ended_at          TIMESTAMP WITH TIME ZONE
);

CREATE INDEX access_review_started ON access_review (started_at);

CREATE TABLE inventory_member (
    review_id         VARCHAR(40)              NOT NULL REFERENCES access_review (id) ON DELETE CASCADE,
    position          INTEGER                  NOT NULL,
    email             VARCHAR(200),
    user_id           VARCHAR(64),
    name              VARCHAR(300),
    status            VARCHAR(100),
    active            BOOLEAN,
    certification     VARCHAR(100),
    number_of_apps    INTEGER,
    signup_date       DATE,
    mendix_admin      BOOLEAN,
    job_title         VARCHAR(300),
    country           VARCHAR(100),
    location          VARCHAR(300),
    last_activity     TIMESTAMP WITH TIME ZONE,
    company           VARCHAR(300),
    external_member   BOOLEAN                  NOT NULL,
    in_export         BOOLEAN                  NOT NULL,
    -- the apps with role and Technical Contact flag, as the report shows them ("Claims (Developer; Technical Contact)")
    apps              VARCHAR(100000),
    backup_access     VARCHAR(100000),
    PRIMARY KEY (review_id, position)
);

CREATE TABLE backup_access (
    review_id          VARCHAR(40)             NOT NULL REFERENCES access_review (id) ON DELETE CASCADE,
    position           INTEGER                 NOT NULL,
    app_id             VARCHAR(64)             NOT NULL,
    app_name           VARCHAR(300),
    environment_id     VARCHAR(64)             NOT NULL,
    environment_name   VARCHAR(200),
    production         BOOLEAN                 NOT NULL,
    member_email       VARCHAR(200)            NOT NULL,
    can_manage_backups BOOLEAN                 NOT NULL,
    can_access_api     BOOLEAN                 NOT NULL,
    -- the Projects API's view: the member's role in the app and what it allows in this type of environment
    role_name          VARCHAR(200),
    role_backup_access BOOLEAN,
    role_api_rights    BOOLEAN,
    PRIMARY KEY (review_id, position)
);

CREATE TABLE review_finding (
    review_id         VARCHAR(40)              NOT NULL REFERENCES access_review (id) ON DELETE CASCADE,
    position          INTEGER                  NOT NULL,
    kind              VARCHAR(40)              NOT NULL,
    email             VARCHAR(200),
    user_id           VARCHAR(64),
    name              VARCHAR(300),
    directory_id      VARCHAR(300),
    detail            VARCHAR(4000)            NOT NULL,
    PRIMARY KEY (review_id, position)
);
