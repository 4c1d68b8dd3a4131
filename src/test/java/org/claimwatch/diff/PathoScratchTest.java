package org.claimwatch.diff;

import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

class PathoScratchTest {
    @Test
    void print() {
        for (int n : new int[] {1000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000}) {
            Random random = new Random(n);
            List<String> sentences = new ArrayList<>(n);
            String[] vocab = ("the council said more people were hurt in the storm than officials had expected "
                    + "and the mayor warned residents to stay away from the river banks overnight").split(" ");
            for (int i = 0; i < n; i++) {
                StringBuilder s = new StringBuilder();
                int len = 8 + random.nextInt(10);
                for (int k = 0; k < len; k++) {
                    s.append(k == 0 ? "" : " ").append(vocab[random.nextInt(vocab.length)]);
                }
                sentences.add(Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".");
            }
            List<String> edited = new ArrayList<>(sentences);
            Collections.shuffle(edited, random);
            for (int k = 0; k < n / 10; k++) {
                int i = random.nextInt(n);
                edited.set(i, edited.get(i).replaceFirst("the", "a " + random.nextInt(100)));
            }
            AnalyzedText a = Claims.analyze(String.join(" ", sentences), null);
            AnalyzedText b = Claims.analyze(String.join(" ", edited), null);
            long t0 = System.nanoTime();
            List<Passage> pa = new ArrayList<>();
            for (var s : a.sentences()) pa.add(Passage.of(s.index(), s.text()));
            List<Passage> pb = new ArrayList<>();
            for (var s : b.sentences()) pb.add(Passage.of(s.index(), s.text()));
            long t1 = System.nanoTime();
            Bags bags = new Bags(pa, pb);
            long t2 = System.nanoTime();
            Alignment al = Aligner.align(pa, pb);
            long t3 = System.nanoTime();
            List<ClaimChange> ch = new Changes(new Side(a, pa), new Side(b, pb)).of(al.groups());
            long t4 = System.nanoTime();
            int maxG = 0; int ed = 0, removed = 0, added = 0;
            for (Group g : al.groups()) { maxG = Math.max(maxG, g.olds().size() + g.news().size()); if (g.olds().isEmpty()) added++; else if (g.news().isEmpty()) removed++; else if (!g.sameWords()) ed++; }
            long t5 = System.nanoTime();
            Side sa = new Side(a, pa);
            long t6 = System.nanoTime();
            System.out.printf("maxGroup %d edited %d removed %d added %d side %.1f%n", maxG, ed, removed, added, (t6 - t5) / 1e6);
            System.out.printf("n=%d passages %.1f bags %.1f align %.1f changes %.1f (%d)%n", n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, ch.size());
        }
    }
}
