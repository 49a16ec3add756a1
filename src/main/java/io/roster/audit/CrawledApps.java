package io.roster.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roster.mendix.App;
import io.roster.mendix.Environment;
import io.roster.mendix.EnvironmentPermission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code inventory_crawl_app} table: what a review's crawl has fetched so far, app by app. */
@Component
class CrawledApps {

    /** One app as crawled: its team, and who may do what in each of its Mendix Cloud environments. */
    record CrawledApp(App app, List<Grant> grants) {
    }

    record Grant(Environment environment, EnvironmentPermission permission) {
    }

    private final JdbcTemplate jdbc;

    private final ObjectMapper json;

    CrawledApps(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Set<String> appIds(String reviewId) {
        return new HashSet<>(jdbc.queryForList("SELECT app_id FROM inventory_crawl_app WHERE review_id = ?",
                String.class, reviewId));
    }

    void save(String reviewId, int position, CrawledApp crawled) {
        try {
            jdbc.update("INSERT INTO inventory_crawl_app (review_id, app_id, position, crawled) VALUES (?, ?, ?, ?)",
                    reviewId, crawled.app().appId(), position, json.writeValueAsString(crawled));
        }
        catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("app " + crawled.app().appId() + " cannot be staged", unwritable);
        }
    }

    /** The crawled apps in the company listing's order. */
    List<CrawledApp> all(String reviewId) {
        return jdbc.query("SELECT crawled FROM inventory_crawl_app WHERE review_id = ? ORDER BY position",
                (row, n) -> read(row.getString("crawled")), reviewId);
    }

    void forget(String reviewId) {
        jdbc.update("DELETE FROM inventory_crawl_app WHERE review_id = ?", reviewId);
    }

    private CrawledApp read(String value) {
        try {
            return json.readValue(value, CrawledApp.class);
        }
        catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a staged app cannot be read", unreadable);
        }
    }

}
