package io.roster.sandbox;

import java.util.List;
import java.util.Optional;

/** A company category for apps (e.g. "Purpose") and the values it offers (e.g. TRN = Training). */
record Category(String categoryId, String name, List<Value> values) {

    record Value(String code, String value) {
    }

    Optional<Value> value(String code) {
        return values.stream().filter(value -> value.code().equals(code)).findFirst();
    }

}
