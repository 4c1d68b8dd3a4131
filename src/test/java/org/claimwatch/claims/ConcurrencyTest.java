package org.claimwatch.claims;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    private static final String TEXT = "“The talks are suspended,” Majed Al-Ansari said on Tuesday. "
            + "“The office has no function now,” he added.\n\nThe war has killed more than 43,900 Palestinians, "
            + "according to the Ministry of Health. Hamas is believed to hold 97 of the 251 hostages.";

    @Test
    void analysesOnManyThreadsAgreeWithASingleThread() throws Exception {
        AnalyzedText expected = Claims.analyze(TEXT, LocalDate.of(2024, 11, 9));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedText>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> Claims.analyze(TEXT, LocalDate.of(2024, 11, 9)))).toList();
            for (Future<AnalyzedText> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void openNlpSegmentationIsSafeOnManyThreads() throws Exception {
        List<Sentence> expected = Segmentation.OPENNLP.split(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> Segmentation.OPENNLP.split(TEXT))).toList();
            for (Future<List<Sentence>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
