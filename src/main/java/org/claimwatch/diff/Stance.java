package org.claimwatch.diff;

import java.util.List;
import java.util.Set;

/**
 * Stance read from a word and its neighbours, where the word alone says nothing: the evidential passive ("is said to
 * have resigned", "are understood to be", "was reported to have fled": reportedly) and a step announced rather than
 * taken ("plans to open", "intends to", "aims to", "is set to", "is going to", "will", "threatens to": a plan; "would"
 * reads as "will", as reported speech shifts it), work under way ("is being demolished", "were being questioned"),
 * and a step called off, put off or halted ("called off", "postponed", "suspended").
 * A claim that gains or loses one changed how sure or how far along it is. English. Pure.
 */
final class Stance {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    /** Participles that, after a form of "be" and before "to", report rather than assert. */
    private static final Set<String> EVIDENTIAL = Set.of("said", "reported", "understood", "known", "rumoured",
            "rumored", "estimated");
    /** Verbs of intent that take "to": the step is announced. */
    private static final Set<String> INTENT = Set.of("plans", "plan", "planning", "planned", "intends", "intend",
            "intending", "aims", "aim", "aiming", "threatens", "threatened", "threatening", "vows", "vowed", "pledges",
            "pledged", "promises", "promised", "proposes", "proposed");
    /** Words that, after a form of "be" and before "to", make a plan ("is set to", "is going to", "is due to"). */
    private static final Set<String> BE_TO = Set.of("set", "going", "due", "poised", "scheduled", "slated");

    private static final Set<String> PRESENT_OR_PAST_BE = Set.of("is", "are", "am", "was", "were", "'s", "’s");
    /** Irregular participles that a passive in progress takes without "-ed" or "-en". */
    private static final Set<String> IRREGULAR = Set.of("built", "rebuilt", "held", "kept", "made", "paid", "sold",
            "sent", "spent", "brought", "bought", "taught", "fought", "sought", "caught", "told", "found", "led", "fed",
            "cut", "shut", "put", "set", "hit", "run", "won", "done", "dug", "hung", "struck", "laid", "met");

    private Stance() {
    }

    /**
     * A step called off ("call off", "cancelled", "scrapped", "abandoned"), put off ("postponed", "put off") or halted
     * ("suspended", "halted"), each under one name so that its synonyms are no change; or null.
     */
    private static String halted(String w, String next) {
        if (next.equals("off") && (w.equals("call") || w.equals("calls") || w.equals("called") || w.equals("calling"))
                || w.startsWith("cancel") || w.equals("scrap") || w.equals("scraps") || w.equals("scrapped")
                || w.equals("scrapping") || w.startsWith("abandon")) {
            return "called off";
        }
        if (w.startsWith("postpon") || next.equals("off") && (w.equals("put") || w.equals("puts")
                || w.equals("putting"))) {
            return "put off";
        }
        if (w.startsWith("suspend") || w.equals("halt") || w.equals("halts") || w.equals("halted")
                || w.equals("halting")) {
            return "halted";
        }
        return null;
    }

    /**
     * Whether every edit only puts one name of a halted step for another ("postponed" and "put off", "cancelled" and
     * "called off"): the same step, reworded.
     */
    static boolean onlyRenamed(List<Edit> edits, List<Token> a, List<Token> b) {
        if (edits.isEmpty()) {
            return false;
        }
        for (Edit e : edits) {
            String x = haltedIn(a, e.fromA(), e.toA());
            if (x == null || !x.equals(haltedIn(b, e.fromB(), e.toB()))) {
                return false;
            }
        }
        return true;
    }

    /** The halted step an edit's span of one or two words names, or null. */
    private static String haltedIn(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return null;
        }
        String next = from + 1 < tokens.size() ? tokens.get(from + 1).norm() : "";
        return halted(tokens.get(from).norm(), next);
    }

    private static boolean participle(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en")) || IRREGULAR.contains(w);
    }

    /** The stance token {@code i} of {@code tokens} opens, canonical ("reportedly", "plan"), or null. */
    static String at(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll") || w.equals("’ll")) {
            return "plan";
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).norm() : "";
        String halted = halted(w, next);
        if (halted != null) {
            return halted;
        }
        if (w.equals("being") && i > 0 && PRESENT_OR_PAST_BE.contains(tokens.get(i - 1).norm()) && i + 1 < tokens.size()
                && participle(tokens.get(i + 1).norm())) {
            return "underway"; // "is being demolished": the work goes on; "was demolished" has it done
        }
        boolean toFollows = i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("to");
        if (!toFollows) {
            return null;
        }
        boolean afterBe = i > 0 && BE.contains(tokens.get(i - 1).norm());
        if (afterBe && EVIDENTIAL.contains(w)) {
            return "reportedly";
        }
        if (INTENT.contains(w) || afterBe && BE_TO.contains(w)) {
            return "plan";
        }
        return null;
    }
}
