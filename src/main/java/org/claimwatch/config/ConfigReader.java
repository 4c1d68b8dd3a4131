package org.claimwatch.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Typed, strict reads of configuration keys: a missing or mistyped key is an error naming the key. */
final class ConfigReader {

    private final JsonObject config;
    private final Set<String> read = new LinkedHashSet<>();

    ConfigReader(JsonObject config) {
        this.config = config;
    }

    /** The keys read so far, in order. */
    Set<String> keysRead() {
        return Collections.unmodifiableSet(read);
    }

    String string(String key) {
        return typed(key, String.class, "a string");
    }

    boolean bool(String key) {
        return typed(key, Boolean.class, "true or false");
    }

    int integer(String key) {
        Number n = typed(key, Number.class, "a number");
        if (n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() > Integer.MAX_VALUE
                || n.longValue() < Integer.MIN_VALUE) {
            throw new IllegalArgumentException("config key " + key + " must be a whole number, got " + n);
        }
        return n.intValue();
    }

    long longValue(String key) {
        Number n = typed(key, Number.class, "a number");
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("config key " + key + " must be a whole number, got " + n);
        }
        return n.longValue();
    }

    double decimal(String key) {
        return typed(key, Number.class, "a number").doubleValue();
    }

    List<String> strings(String key) {
        JsonArray array = typed(key, JsonArray.class, "a list");
        List<String> out = new ArrayList<>();
        for (Object o : array) {
            if (!(o instanceof String s)) {
                throw new IllegalArgumentException("config key " + key + " must be a list of strings, got " + array);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** A list of [a, b] whole-number pairs. */
    List<long[]> pairs(String key) {
        JsonArray array = typed(key, JsonArray.class, "a list");
        List<long[]> out = new ArrayList<>();
        for (Object o : array) {
            if (!(o instanceof JsonArray pair) || pair.size() != 2 || !(pair.getValue(0) instanceof Number a)
                    || !(pair.getValue(1) instanceof Number b)) {
                throw new IllegalArgumentException("config key " + key + " must be a list of [number, number] pairs, got "
                        + array);
            }
            out.add(new long[]{a.longValue(), b.longValue()});
        }
        return List.copyOf(out);
    }

    private <T> T typed(String key, Class<T> type, String what) {
        read.add(key);
        Object value = config.getValue(key);
        if (value == null) {
            throw new IllegalArgumentException("config key " + key
                    + " has no value: it needs a default in claimwatch-defaults.json");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("config key " + key + " must be " + what + ", got " + value);
        }
        return type.cast(value);
    }
}
