package io.roster.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A set of measured latencies and their median and 99th percentile (nearest rank). */
record Latencies(String name, List<Duration> values) {

    Latencies {
        values = new ArrayList<>(values);
        Collections.sort(values);
    }

    Duration percentile(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * values.size());
        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
    }

    Duration median() {
        return percentile(50);
    }

    Duration max() {
        return values.get(values.size() - 1);
    }

    String summary() {
        return String.format(Locale.ROOT, "%s: n=%d median=%d ms p99=%d ms max=%d ms", name, values.size(),
                median().toMillis(), percentile(99).toMillis(), max().toMillis());
    }

}
