-- Technical-contact changes as managers and platform admins asked for them (business key = id). At most one active
-- change per app: active_app_id holds the app id while the change is active, else NULL.
CREATE TABLE technical_contact_change (
    id                    VARCHAR(40)              NOT NULL PRIMARY KEY,
    app_id                VARCHAR(64)              NOT NULL,
    active_app_id         VARCHAR(64),
    app_name              VARCHAR(200)             NOT NULL,
    current_contact_email VARCHAR(200),
    successor_email       VARCHAR(200)             NOT NULL,
    reason                VARCHAR(500),
    requested_by          VARCHAR(100)             NOT NULL,
    requested_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status                VARCHAR(32)              NOT NULL,
    decided_by            VARCHAR(100),
    outcome               VARCHAR(1000),
    ended_at              TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX technical_contact_change_active_app ON technical_contact_change (active_app_id);
CREATE INDEX technical_contact_change_app ON technical_contact_change (app_id);
