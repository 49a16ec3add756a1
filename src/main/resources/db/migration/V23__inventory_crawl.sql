-- The apps an access review has crawled so far (JSON: the app with its members, and the permissions in its
-- environments), so that a crawl longer than the engine's job lock goes on in the next job where the last one stopped
-- instead of starting over in a second thread. Removed once the review's inventory is saved.
CREATE TABLE inventory_crawl_app (
    review_id  VARCHAR(40)       NOT NULL REFERENCES access_review (id) ON DELETE CASCADE,
    app_id     VARCHAR(64)       NOT NULL,
    -- the app's place in the company's listing, so that the inventory keeps the listing's order
    position   INTEGER           NOT NULL,
    crawled    VARCHAR(10000000) NOT NULL,
    PRIMARY KEY (review_id, app_id)
);
