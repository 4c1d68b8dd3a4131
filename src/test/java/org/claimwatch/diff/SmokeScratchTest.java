package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.claimwatch.claims.Sentence;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class SmokeScratchTest {
    @Test
    void print() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/diff/base/wcxb-0031.txt")) + Files.readString(Path.of("src/test/resources/diff/base/wcxb-0161.txt"));
        String after = text.replaceFirst("\\b(\\d{2,})\\b", "$11") + "\n\nThe council approved a further 12 million dollars on Monday.";
        AnalyzedText a = Claims.analyze(text, null);
        AnalyzedText b = Claims.analyze(after, null);
        List<Sentence> ss = a.sentences();
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                for (Sentence s : ss) {
                    Noise.strip(s.text());
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                for (Sentence s : ss) {
                    Passage.of(0, s.text());
                }
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                VersionDiff.compare(a, b);
            }
            long t3 = System.nanoTime();
            System.out.printf("%d sentences strip %.3f passage %.3f compare %.3f ms%n", ss.size(), (t1 - t0) / 2e9, (t2 - t1) / 2e9, (t3 - t2) / 2e9);
        }
    }
}
