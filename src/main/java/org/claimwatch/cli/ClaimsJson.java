package org.claimwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claim;
import org.claimwatch.claims.DateMention;
import org.claimwatch.claims.NumberRelation;
import org.claimwatch.claims.Quantity;

/** JSON form of analysed text: {"checkworthy","score","claims":[...]} as printed by the claims command. */
final class ClaimsJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private ClaimsJson() {
    }

    static ObjectNode of(AnalyzedText analyzed) {
        ObjectNode o = JSON.createObjectNode();
        o.put("checkworthy", analyzed.checkworthy());
        o.put("score", Math.round(analyzed.score() * 10000) / 10000.0);
        ArrayNode claims = o.putArray("claims");
        for (Claim c : analyzed.claims()) {
            claims.add(claim(c));
        }
        return o;
    }

    static ObjectNode claim(Claim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", c.kind().name());
        o.put("text", c.text());
        o.put("start", c.start());
        o.put("end", c.end());
        o.put("key", c.key());
        ArrayNode numbers = o.putArray("numbers");
        for (Quantity q : c.numbers()) {
            ObjectNode n = numbers.addObject();
            if (q.value() == Math.rint(q.value()) && Math.abs(q.value()) < 1e15) {
                n.put("value", (long) q.value());
            } else {
                n.put("value", q.value());
            }
            n.put("qualifier", q.qualifier());
            n.put("unit", q.unit());
            n.put("text", q.text());
        }
        if (!c.relations().isEmpty()) {
            ArrayNode relations = o.putArray("relations");
            for (NumberRelation r : c.relations()) {
                relations.addObject().put("part", r.part()).put("whole", r.whole()).put("kind", r.kind());
            }
        }
        if (!c.dates().isEmpty()) {
            ArrayNode dates = o.putArray("dates");
            for (DateMention d : c.dates()) {
                dates.addObject().put("text", d.text()).put("date", d.date() == null ? null : d.date().toString());
            }
        }
        o.put("speaker", c.speaker());
        o.put("source", c.source());
        o.put("hedge", c.hedge());
        return o;
    }
}
