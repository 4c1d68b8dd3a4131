package org.claimwatch.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.claimwatch.json.Jackson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The durable outbox: called inside the transaction that stores a version (or a story change) to write one
 * pending delivery per active subscription whose filter some of its changes pass.
 */
public final class AlertOutbox {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private AlertOutbox() {
    }

    /**
     * Enqueues alerts for {@code summary}: its {@code changes} (public change shape, any kind, each may carry
     * {@code story_id}) and the context fields article_id, outlet, title, url, feed_id, version_id, version_no,
     * story_id. A headline change back to an earlier headline ({@code returning}) is never alerted. Runs on
     * {@code conn}, so the alerts commit or roll back with the caller's transaction.
     * Returns how many deliveries were written.
     */
    public static Future<Integer> enqueue(SqlConnection conn, JsonObject summary) {
        if (summary.getJsonArray("changes") == null || summary.getJsonArray("changes").isEmpty()) {
            return Future.succeededFuture(0);
        }
        return conn.preparedQuery(AlertSql.SELECT_ACTIVE_SUBSCRIPTIONS.sql()).execute().compose(subscriptions -> {
            if (subscriptions.size() == 0) {
                return Future.succeededFuture(0);
            }
            Map<String, Object> context = toMap(summary);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> changes = (List<Map<String, Object>>) context.get("changes");
            Instant now = Instant.now();
            List<Tuple> batch = new ArrayList<>();
            for (Row s : subscriptions) {
                AlertFilter filter;
                try {
                    filter = AlertFilter.fromMap(toMap(s.getJsonObject("filters")));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                List<Map<String, Object>> matching = changes.stream().filter(c -> !returning(c))
                        .filter(c -> filter.matches(c, context)).toList();
                if (matching.isEmpty()) {
                    continue;
                }
                String eventId = newEventId();
                Map<String, Object> event = AlertPayloads.claimsChanged(eventId, now, context, matching);
                batch.add(row(s.getLong("id"), s.getString("format"), event, AlertPayloads.orderKey(context, matching), null, false));
            }
            if (batch.isEmpty()) {
                return Future.succeededFuture(0);
            }
            return conn.preparedQuery(AlertSql.INSERT_DELIVERY.sql()).executeBatch(batch).map(r -> batch.size());
        });
    }

    /** A headline back to one the article had within a day (A/B title rotation): shown, never alerted. */
    static boolean returning(Map<String, ?> change) {
        return Boolean.TRUE.equals(change.get("returning"));
    }

    /** The parameters of {@link AlertSql#INSERT_DELIVERY} for one event rendered in {@code format}. */
    static Tuple row(long subscriptionId, String format, Map<String, Object> event, String orderKey,
                     Integer maxAttempts, boolean leased) {
        String payload = Jackson.write(event);
        String body = "slack".equals(format) ? Jackson.write(SlackFormat.render(event)) : payload;
        return Tuple.from(new Object[] {subscriptionId, event.get("id"), event.get("type"), orderKey,
                new JsonObject(payload), body, maxAttempts, leased, 300.0});
    }

    /** A new message id, unique per event and subscription, kept on every retry. */
    public static String newEventId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    static Map<String, Object> toMap(JsonObject json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return Jackson.MAPPER.readValue(json.encode(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
