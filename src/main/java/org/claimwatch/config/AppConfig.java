package org.claimwatch.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Loads the effective configuration: defaults, then the config file, then environment variables. */
public final class AppConfig {

    public static final String ENV_PREFIX = "CLAIMWATCH_";
    public static final String CONFIG_FILE_ENV = "CLAIMWATCH_CONFIG";
    public static final String DEFAULT_CONFIG_FILE = "claimwatch.json";

    private AppConfig() {
    }

    public static JsonObject defaults() {
        try (InputStream in = AppConfig.class.getResourceAsStream("/claimwatch-defaults.json")) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defaults overlaid with the config file (if any) and then {@code env}. */
    public static JsonObject load(Map<String, String> env) {
        JsonObject config = defaults();
        Path file = Path.of(env.getOrDefault(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE));
        if (Files.isRegularFile(file)) {
            try {
                config.mergeIn(new JsonObject(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + file, e);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("config file " + file + " is not valid JSON: " + e.getMessage(), e);
            }
        } else if (env.containsKey(CONFIG_FILE_ENV)) {
            throw new IllegalArgumentException("config file " + file + " (from " + CONFIG_FILE_ENV + ") does not exist");
        }
        return overlayEnv(config, env);
    }

    /** Applies {@code CLAIMWATCH_*} variables to the keys they name, typed like the default value. */
    static JsonObject overlayEnv(JsonObject config, Map<String, String> env) {
        for (String key : config.fieldNames().toArray(new String[0])) {
            String value = env.get(envName(key));
            if (value == null) {
                continue;
            }
            Object current = config.getValue(key);
            try {
                if (current instanceof Integer || current instanceof Long) {
                    config.put(key, Long.parseLong(value.trim()));
                } else if (current instanceof Number) {
                    config.put(key, Double.parseDouble(value.trim()));
                } else if (current instanceof Boolean) {
                    config.put(key, Boolean.parseBoolean(value.trim()));
                } else if (current instanceof JsonArray) {
                    JsonArray list = new JsonArray();
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            list.add(part.trim());
                        }
                    }
                    config.put(key, list);
                } else {
                    config.put(key, value);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(envName(key) + " must be a number, got '" + value + "'", e);
            }
        }
        return config;
    }

    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase().replace('.', '_');
    }
}
