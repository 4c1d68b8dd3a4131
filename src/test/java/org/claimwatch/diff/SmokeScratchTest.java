package org.claimwatch.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

class SmokeScratchTest {
    @Test
    void print() throws Exception {
        String a = "The Qatari government is planning to close Hamas’s political office in Doha, according to a diplomatic source. "
                + "Israel's military said it had killed more than 43,900 Palestinians. "
                + "“As long as there is a refusal to negotiate a deal in good faith, they cannot continue to mediate,” the source said. "
                + "Washington is believed to have pressed the Qatari government. Updated 10:32 GMT\n\nQatar’s move is the latest major blow.";
        String b = "The Qatari government is planning to close Hamas’s political office in Doha, according to two sources. "
                + "Israel's military said it had killed 44,000 Palestinians. "
                + "“As long as there is a refusal to negotiate, they cannot mediate,” the source said. "
                + "Washington confirmed it pressed the Qatari government. Updated 11:05 GMT\n\nQatar’s move is the latest major blow.";
        AnalyzedText x = Claims.analyze(a, null);
        AnalyzedText y = Claims.analyze(b, null);
        DiffResult r = VersionDiff.compare(x, y);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
    }
}
