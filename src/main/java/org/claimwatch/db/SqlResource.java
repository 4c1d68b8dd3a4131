package org.claimwatch.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads one SQL statement from the class path ({@code /sql/<feature>/<verb>-<object>.sql}); each feature's enum
 * calls it once per statement, so a missing file fails at class load, not mid-request. */
public final class SqlResource {

    private SqlResource() {
    }

    /** The statement at {@code /sql/<name>.sql}, stripped. */
    public static String load(String name) {
        String resource = "/sql/" + name + ".sql";
        try (InputStream in = SqlResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
