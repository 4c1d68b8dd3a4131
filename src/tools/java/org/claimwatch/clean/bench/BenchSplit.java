package org.claimwatch.clean.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed split of a benchmark directory into a TUNE half (rules may be developed looking at these pages) and a
 * CHECK half (only aggregate figures may be looked at): a page is TUNE when the first byte of the SHA-1 of its file
 * name ({@code <id>.html.gz}) is even. Deterministic, independent of file order and of the pages' content.
 */
public final class BenchSplit {

    /** The two halves. */
    public enum Half { TUNE, CHECK }

    private BenchSplit() {
    }

    public static Half half(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((id + ".html.gz").getBytes(StandardCharsets.UTF_8));
            return (h[0] & 1) == 0 ? Half.TUNE : Half.CHECK;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pages of one half, in their original order. */
    public static List<BenchPage> of(List<BenchPage> pages, Half half) {
        List<BenchPage> out = new ArrayList<>();
        for (BenchPage p : pages) {
            if (half(p.truth().id()) == half) {
                out.add(p);
            }
        }
        return out;
    }
}
