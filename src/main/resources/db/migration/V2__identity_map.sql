-- The identity map: one row per person Roster has seen, linking the identifiers the Mendix APIs and the corporate
-- directory use. Filled from every response that carries two of them; nothing is guessed.
CREATE TABLE identity_link (
    email           VARCHAR(200)             NOT NULL PRIMARY KEY,
    mendix_user_id  VARCHAR(36),
    open_id         VARCHAR(300),
    directory_id    VARCHAR(300),
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX identity_link_user_id ON identity_link (mendix_user_id);
CREATE UNIQUE INDEX identity_link_open_id ON identity_link (open_id);
CREATE UNIQUE INDEX identity_link_directory_id ON identity_link (directory_id);
