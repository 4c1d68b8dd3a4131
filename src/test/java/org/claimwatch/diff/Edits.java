package org.claimwatch.diff;

import java.util.ArrayList;
import java.util.List;

/** Deterministic edits of a list of sentences, driven by random integers (for property tests). */
final class Edits {

    private Edits() {
    }

    static List<String> apply(List<String> sentences, List<Integer> ops, List<String> pool) {
        List<String> out = new ArrayList<>(sentences);
        for (int op : ops) {
            int kind = op % 8;
            int at = out.isEmpty() ? 0 : (op / 8) % out.size();
            if (out.isEmpty() && kind != 1) {
                continue;
            }
            switch (kind) {
                case 0 -> out.remove(at);
                case 1 -> {
                    String added = pool.get((op / 8) % pool.size());
                    if (!out.contains(added)) {
                        out.add(out.isEmpty() ? 0 : at, added);
                    }
                }
                case 2 -> out.add(out.remove(at));
                case 3 -> out.set(at, out.get(at).replaceFirst("\\d+", "1" + (op % 97)));
                case 4 -> out.set(at, out.get(at).replaceFirst(", ", ". A"));
                case 5 -> {
                    if (at + 1 < out.size()) {
                        String merged = out.get(at).replaceFirst("\\.$", "") + ", and " + out.remove(at + 1);
                        out.set(at, merged);
                    }
                }
                case 6 -> out.set(at, out.get(at).replace("the ", "The ").replace("  ", " "));
                default -> out.set(at, out.get(at).replaceFirst("said", "denied").replaceFirst(" is ", " is not "));
            }
        }
        return out;
    }
}
