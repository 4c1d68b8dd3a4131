package org.claimwatch.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the sentences of one article into claims. Not thread-safe: one instance per analysis, as it
 * remembers the last named speaker to resolve "he said" and quotes that continue across sentences.
 */
final class ClaimExtractor {

    private final String text;
    private final LocalDate articleDate;
    private final List<Claim> claims = new ArrayList<>();
    private String lastSpeaker;
    private int lastQuoteParagraph = -1;
    private boolean quoteOpen;

    ClaimExtractor(String text, LocalDate articleDate) {
        this.text = text;
        this.articleDate = articleDate;
    }

    List<Claim> claims() {
        return claims;
    }

    /** Adds the claims of {@code s} ({@code words} its pre-filter); boilerplate sentences carry none. */
    void add(Sentence s, WordHashes words, boolean boilerplate) {
        String t = s.text();
        if (boilerplate) {
            return;
        }
        int before = claims.size();
        List<Quotes.Found> quotes = words.hasQuote() ? Quotes.find(t) : List.of();
        String source = quotes.isEmpty() && Sources.mayOccur(words) ? Sources.source(t) : null;
        String hedge = Hedges.mayOccur(words) ? Hedges.find(t) : null;
        List<DateMention> dates = DateFinder.mayOccur(words) ? DateFinder.find(t, s.start(), articleDate) : List.of();
        List<String> speakers = speakers(s, quotes);
        List<Quantity> numbers = NumberFinder.mayOccur(words) ? NumberFinder.find(t, s.start()) : List.of();
        List<NumberRelation> relations = NumberFinder.relations(numbers, t, s.start());
        numbers = NumberFinder.inheritUnits(numbers, relations);
        if (relations.isEmpty()) {
            numbers = numbers.stream().filter(q -> !isSourceCount(q)).toList();
        }
        addQuantities(s, numbers, relations, quotes, speakers, source, hedge, dates);
        for (int i = 0; i < quotes.size(); i++) {
            Quotes.Found q = quotes.get(i);
            String quoted = t.substring(q.start(), q.end());
            claims.add(new Claim(ClaimKind.QUOTE, s.index(), quoted, s.start() + q.start(), s.start() + q.end(),
                    ClaimKeys.topic(ClaimKind.QUOTE, speakers.get(i), quoted), List.of(), speakers.get(i), null,
                    hedge, List.of(), dates));
        }
        if (source != null) {
            claims.add(whole(ClaimKind.ATTRIBUTION, s, ClaimKeys.topic(ClaimKind.ATTRIBUTION, source, t), source, hedge, dates));
        }
        if (hedge != null) {
            claims.add(whole(ClaimKind.HEDGE, s, ClaimKeys.topic(ClaimKind.HEDGE, source, t), source, hedge, dates));
        }
        if (claims.size() == before && s.checkworthy() && !isHeading(t)) {
            claims.add(whole(ClaimKind.STATEMENT, s, ClaimKeys.topic(ClaimKind.STATEMENT, null, t), null, null, dates));
        }
    }

    private Claim whole(ClaimKind kind, Sentence s, String key, String source, String hedge, List<DateMention> dates) {
        return new Claim(kind, s.index(), s.text(), s.start(), s.end(), key, List.of(), null, source, hedge,
                List.of(), dates);
    }

    /** Speakers of the quotes: as stated, else a pronoun's or a continued quote's earlier named speaker. */
    private List<String> speakers(Sentence s, List<Quotes.Found> quotes) {
        List<String> out = new ArrayList<>();
        boolean continues = quoteOpen && s.paragraph() == lastQuoteParagraph
                || s.paragraph() == lastQuoteParagraph && NewsSentenceSplitter.isOpeningQuote(s.text().charAt(0));
        for (Quotes.Found q : quotes) {
            String speaker = q.speaker();
            if (Sources.isPronoun(speaker) && lastSpeaker != null || speaker == null && continues) {
                speaker = lastSpeaker;
            } else if (speaker != null && !Sources.isPronoun(speaker)) {
                lastSpeaker = speaker;
            }
            out.add(speaker);
        }
        if (!quotes.isEmpty()) {
            Quotes.Found last = quotes.get(quotes.size() - 1);
            quoteOpen = last.end() == s.text().length() && s.text().lastIndexOf('”') < last.start();
            lastQuoteParagraph = s.paragraph();
        } else {
            quoteOpen = false;
        }
        return out;
    }

    private void addQuantities(Sentence s, List<Quantity> numbers, List<NumberRelation> relations,
                               List<Quotes.Found> quotes, List<String> speakers, String source, String hedge,
                               List<DateMention> dates) {
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            List<NumberRelation> group = new ArrayList<>();
            for (NumberRelation r : relations) {
                if (r.part() == j) {
                    group.add(new NumberRelation(r.part() - i, r.whole() - i, r.kind()));
                    j = r.whole();
                }
            }
            List<Quantity> members = numbers.subList(i, j + 1);
            int windowStart = i == 0 ? s.start() : numbers.get(i - 1).end();
            int windowEnd = j + 1 < numbers.size() ? numbers.get(j + 1).start() : s.end();
            int[] clause = clause(s, members.get(0).start(), members.get(members.size() - 1).end());
            int aroundStart = Math.max(windowStart, clause[0]);
            String around = text.substring(aroundStart, Math.min(windowEnd, clause[1]));
            Quantity keyed = members.get(members.size() - 1);
            String speaker = speakerAt(s, members.get(0).start(), quotes, speakers);
            claims.add(new Claim(ClaimKind.QUANTITY, s.index(), text.substring(clause[0], clause[1]), clause[0],
                    clause[1], ClaimKeys.quantity(keyed, around, members.get(0).start() - aroundStart), members, speaker, source, hedge, group, dates));
            i = j + 1;
        }
    }

    private static String speakerAt(Sentence s, int offset, List<Quotes.Found> quotes, List<String> speakers) {
        for (int k = 0; k < quotes.size(); k++) {
            if (offset >= s.start() + quotes.get(k).start() && offset < s.start() + quotes.get(k).end()) {
                return speakers.get(k);
            }
        }
        return null;
    }

    /** The clause of the sentence around [from, to): bounded by ";" and dashes. */
    private int[] clause(Sentence s, int from, int to) {
        int start = s.start();
        int end = s.end();
        for (int i = from - 1; i > s.start(); i--) {
            char c = text.charAt(i);
            if (c == ';' || (c == '—' || c == '–') && Lines.isSpace(text.charAt(i - 1))) {
                start = i + 1;
                break;
            }
        }
        for (int i = to; i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == ';' || (c == '—' || c == '–') && Lines.isSpace(text.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        while (start < end && Lines.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Lines.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** "two sources told": counts the sources, not a claim. */
    private static boolean isSourceCount(Quantity q) {
        return q.unit() != null && q.unit().toLowerCase(java.util.Locale.ROOT).matches("sources?|diplomats?|officials?");
    }

    private static boolean isHeading(String t) {
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '”' && last != '"' && last != '’';
    }
}
