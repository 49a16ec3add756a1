-- The latest Control Center members export (.xlsx): who imported it and what reading it found, and its members.
-- Only the latest export is kept; an import replaces the one before in the same transaction.
CREATE TABLE control_center_export (
    id              VARCHAR(40)              NOT NULL PRIMARY KEY,
    file_name       VARCHAR(300),
    imported_by     VARCHAR(100)             NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    member_count    INTEGER                  NOT NULL,
    warning_count   INTEGER                  NOT NULL
);

-- what reading found: kind = SHEET, UNKNOWN_COLUMN, MISSING_COLUMN or WARNING, in the order found
CREATE TABLE control_center_export_note (
    export_id       VARCHAR(40)              NOT NULL REFERENCES control_center_export (id) ON DELETE CASCADE,
    position        INTEGER                  NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    note            VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (export_id, position)
);

CREATE TABLE control_center_member (
    export_id       VARCHAR(40)              NOT NULL REFERENCES control_center_export (id) ON DELETE CASCADE,
    email           VARCHAR(200)             NOT NULL,
    name            VARCHAR(300),
    status          VARCHAR(100),
    certification   VARCHAR(100),
    signup_date     DATE,
    number_of_apps  INTEGER,
    mendix_admin    BOOLEAN,
    job_title       VARCHAR(300),
    country         VARCHAR(100),
    location        VARCHAR(300),
    member_id       VARCHAR(64),
    last_activity   TIMESTAMP WITH TIME ZONE,
    company         VARCHAR(300),
    PRIMARY KEY (export_id, email)
);
