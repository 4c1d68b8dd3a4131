package org.claimwatch.db;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/** Turns rows into JSON for the API: snake_case columns, timestamps as ISO-8601 strings. */
public final class Rows {

    private Rows() {
    }

    public static JsonObject json(Row row) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < row.size(); i++) {
            Object value = row.getValue(i);
            if (value instanceof OffsetDateTime t) {
                value = t.toInstant().toString();
            } else if (value instanceof TemporalAccessor t) {
                value = t.toString();
            }
            o.put(row.getColumnName(i), value);
        }
        return o;
    }

    public static List<JsonObject> json(RowSet<Row> rows) {
        List<JsonObject> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(json(r)));
        return out;
    }
}
