package org.claimwatch.diff;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimwatch.claims.AnalyzedText;
import org.claimwatch.claims.Claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the diff over versions built from real news sentences and random edits. */
class DiffPropertiesTest {

    private static final List<String> POOL = List.of(
            "The Qatari government is planning to close Hamas’s political office in Doha.",
            "The Gulf state has concluded that talks have become a political football, according to a diplomatic source.",
            "“As long as there is a refusal to negotiate a deal in good faith, they cannot continue to mediate,” the source said.",
            "Israel’s military offensive has killed more than 43,900 Palestinians in Gaza, the health ministry said.",
            "Of the 251 hostages taken on October 7, 97 remain in Gaza, including 34 the military says are dead.",
            "Washington is believed to have pressed the Qatari government to close the office.",
            "Hamas’s political leaders have left Qatar, their base in exile since 2012, two sources told The National.",
            "Egypt and the US have also mediated in the talks.",
            "Updated 10:32 GMT",
            "Photograph: Nathan Howard/AFP/Getty",
            "Related: Ceasefire talks stall as winter nears",
            "A poll found that 69 percent of Israelis support a deal to bring the hostages home.",
            "Texas public school teachers are pushing back hard, and they are getting help from union plumbers.",
            "At least 30 states have similar voucher programs, the report said.",
            "The average unit volume last year was $2.8 million, according to the Top 500 report.",
            "Hamas has said it wants a permanent end to the war.");

    /**
     * Versions of distinct sentences: between identical sentences any choice is right, and the mirror property
     * holds only up to such ties.
     */
    @Provide
    Arbitrary<List<String>> versions() {
        return Arbitraries.integers().between(0, POOL.size() - 1).list().uniqueElements().ofMaxSize(12)
                .map(idx -> idx.stream().map(POOL::get).toList());
    }

    @Provide
    Arbitrary<List<String>[]> pairs() {
        return Combinators.combine(versions(), Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6))
                .as((a, ops) -> {
                    @SuppressWarnings("unchecked")
                    List<String>[] pair = new List[] {a, Edits.apply(a, ops, POOL)};
                    return pair;
                });
    }

    @Property(tries = 150)
    void aVersionComparedWithItselfHasNoChanges(@ForAll("versions") List<String> a) {
        AnalyzedText t = analyze(a);
        DiffResult r = VersionDiff.compare(t, t);
        assertThat(r.changes()).isEmpty();
        assertThat(r.alignment()).allSatisfy(l -> assertThat(l.kind()).isEqualTo(LinkKind.UNCHANGED));
    }

    @Property(tries = 300)
    void everySentenceIsAccountedForOnBothSides(@ForAll("pairs") List<String>[] pair) {
        AnalyzedText a = analyze(pair[0]);
        AnalyzedText b = analyze(pair[1]);
        DiffResult r = VersionDiff.compare(a, b);
        List<Integer> olds = new ArrayList<>();
        Set<Integer> news = new TreeSet<>();
        for (SentenceLink l : r.alignment()) {
            if (l.kind() == LinkKind.ADDED) {
                assertThat(l.before()).isEqualTo(-1);
                assertThat(l.after()).hasSize(1);
            } else {
                olds.add(l.before());
                assertThat(l.after().isEmpty()).isEqualTo(l.kind() == LinkKind.REMOVED);
            }
            news.addAll(l.after());
        }
        assertThat(olds).containsExactlyElementsOf(range(a.sentences().size()));
        assertThat(news).containsExactlyElementsOf(range(b.sentences().size()));
    }

    @Property(tries = 300)
    void comparingTheOtherWayRoundGivesTheMirrorImage(@ForAll("pairs") List<String>[] pair) {
        AnalyzedText a = analyze(pair[0]);
        AnalyzedText b = analyze(pair[1]);
        DiffResult forward = VersionDiff.compare(a, b);
        DiffResult backward = VersionDiff.compare(b, a);
        assertThat(matches(backward, true)).isEqualTo(matches(forward, false));
        assertThat(kinds(backward, true)).isEqualTo(kinds(forward, false));
        List<String> mirrored = new ArrayList<>();
        for (ClaimChange c : backward.changes()) {
            mirrored.add(c.kind().mirror() + "|" + c.key() + "|" + c.after() + "|" + c.before() + "|" + c.significance());
        }
        List<String> direct = new ArrayList<>();
        for (ClaimChange c : forward.changes()) {
            direct.add(c.kind() + "|" + c.key() + "|" + c.before() + "|" + c.after() + "|" + c.significance());
        }
        assertThat(mirrored).containsExactlyInAnyOrderElementsOf(direct);
    }

    @Provide
    Arbitrary<String> scraps() {
        return Arbitraries.strings().withChars("ab Qx1,.:;'’‘“”\"\n-—()$%")
                .withCharRange('0', '9').ofMaxLength(200);
    }

    @Property(tries = 300)
    void anyTextCanBeCompared(@ForAll("scraps") String a, @ForAll("scraps") String b) {
        DiffResult r = VersionDiff.compare(Claims.analyze(a, null), Claims.analyze(b, null));
        for (ClaimChange c : r.changes()) {
            assertThat(c.significance()).isBetween(0.0, 1.0);
            for (Span s : c.spans()) {
                String side = s.kind() == SpanKind.DELETE ? c.before() : c.after();
                assertThat(side.substring(s.start(), s.end())).isEqualTo(s.text());
            }
        }
        assertThat(TextFingerprint.of(a)).hasSize(32);
    }

    /** Matched sentence pairs as "old>new" (swapped for the backward diff). */
    private static Set<String> matches(DiffResult r, boolean swap) {
        Set<String> out = new HashSet<>();
        for (SentenceLink l : r.alignment()) {
            for (int j : l.after()) {
                if (l.before() >= 0) {
                    out.add(swap ? j + ">" + l.before() : l.before() + ">" + j);
                }
            }
        }
        return out;
    }

    /** Link kinds by pair, with ADDED↔REMOVED and SPLIT↔MERGED exchanged for the backward diff. */
    private static Set<String> kinds(DiffResult r, boolean swap) {
        Set<String> out = new HashSet<>();
        for (SentenceLink l : r.alignment()) {
            LinkKind k = l.kind();
            if (swap) {
                k = switch (k) {
                    case ADDED -> LinkKind.REMOVED;
                    case REMOVED -> LinkKind.ADDED;
                    case SPLIT -> LinkKind.MERGED;
                    case MERGED -> LinkKind.SPLIT;
                    default -> k;
                };
            }
            if (k == LinkKind.MOVED) {
                k = LinkKind.UNCHANGED;
            }
            if (k == LinkKind.ADDED || k == LinkKind.REMOVED) {
                String side = l.before() >= 0 ^ swap ? "old" : "new";
                out.add(k + ":" + side + (l.before() >= 0 ? l.before() : l.after().get(0)));
            } else if (k == LinkKind.SPLIT || k == LinkKind.MERGED) {
                out.add("group");
            } else {
                for (int j : l.after()) {
                    out.add(k + ":" + (swap ? j + ">" + l.before() : l.before() + ">" + j));
                }
            }
        }
        return out;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    static AnalyzedText analyze(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(i == 0 ? "" : i % 3 == 0 ? "\n\n" : "\n").append(sentences.get(i));
        }
        return Claims.analyze(text.toString(), null);
    }
}
