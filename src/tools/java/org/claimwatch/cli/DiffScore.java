package org.claimwatch.cli;

import org.claimwatch.claims.Claims;
import org.claimwatch.diff.ClaimChange;
import org.claimwatch.diff.DiffResult;
import org.claimwatch.diff.VersionDiff;

import org.claimwatch.diff.ChangeKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores typed changes against a corpus: a predicted change is right when an unused expected change of the
 * same kind has its snippet in the change's before or after text. Noise cases count their alerting changes.
 */
record DiffScore(int expected, int predicted, int correct, int noiseCases, int noiseAlerts, List<String> misses,
                 Map<ChangeKind, int[]> byKind, int inOut, int inOutSilent) {

    /** The line on expected changes of the kinds that alert: how many of them were found but would stay silent. */
    String inOutLine() {
        return String.format("expected changes of alerting kinds (all but CLAIM_REWORDED): %d found, %d of them below "
                        + "ALERT_THRESHOLD",
                inOut, inOutSilent);
    }

    /** Per kind: expected, predicted and correct counts, as "KIND e/p/c P x R y" lines. */
    List<String> kindLines() {
        List<String> out = new ArrayList<>();
        byKind.forEach((k, v) -> out.add(String.format("%-20s expected %3d predicted %3d correct %3d  precision %.3f recall %.3f",
                k, v[0], v[1], v[2], v[1] == 0 ? 1.0 : (double) v[2] / v[1], v[0] == 0 ? 1.0 : (double) v[2] / v[0])));
        return out;
    }

    double precision() {
        return predicted == 0 ? 1 : (double) correct / predicted;
    }

    double recall() {
        return expected == 0 ? 1 : (double) correct / expected;
    }

    static DiffScore of(List<DiffCase> cases) {
        int expected = 0;
        int predicted = 0;
        int correct = 0;
        int noiseCases = 0;
        int noiseAlerts = 0;
        int inOut = 0;
        int inOutSilent = 0;
        List<String> misses = new ArrayList<>();
        Map<ChangeKind, int[]> byKind = new EnumMap<>(ChangeKind.class);
        for (DiffCase c : cases) {
            DiffResult r = VersionDiff.compare(Claims.analyze(c.before(), null), Claims.analyze(c.after(), null),
                    c.headlineBefore(), c.headlineAfter());
            if (c.noise()) {
                noiseCases++;
                for (ClaimChange ch : r.changes()) {
                    if (ch.significance() >= VersionDiff.ALERT_THRESHOLD) {
                        noiseAlerts++;
                        misses.add(c.id() + " noise alert " + ch.kind() + ": " + ch.before() + " => " + ch.after());
                    }
                }
                continue;
            }
            expected += c.expected().size();
            predicted += r.changes().size();
            c.expected().forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new int[3])[0]++);
            r.changes().forEach(ch -> byKind.computeIfAbsent(ch.kind(), k -> new int[3])[1]++);
            List<DiffCase.Expected> open = new ArrayList<>(c.expected());
            for (ClaimChange ch : r.changes()) {
                DiffCase.Expected hit = null;
                for (DiffCase.Expected e : open) {
                    if (e.kind() == ch.kind() && (ch.before().contains(e.snippet()) || ch.after().contains(e.snippet()))) {
                        hit = e;
                        break;
                    }
                }
                if (hit != null) {
                    if (ch.kind() != ChangeKind.CLAIM_REWORDED) {
                        inOut++;
                        if (ch.significance() < VersionDiff.ALERT_THRESHOLD) {
                            inOutSilent++;
                            misses.add(c.id() + " silent " + ch.kind() + " " + ch.significance() + ": " + ch.before()
                                    + " => " + ch.after());
                        }
                    }
                    open.remove(hit);
                    correct++;
                    byKind.get(ch.kind())[2]++;
                } else {
                    misses.add(c.id() + " extra " + ch.kind() + " " + ch.significance() + ": " + ch.before() + " => " + ch.after());
                }
            }
            for (DiffCase.Expected e : open) {
                misses.add(c.id() + " missed " + e.kind() + ": " + e.snippet());
            }
        }
        return new DiffScore(expected, predicted, correct, noiseCases, noiseAlerts, misses, byKind, inOut, inOutSilent);
    }
}
