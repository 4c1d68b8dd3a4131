package org.claimwatch.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether class/id strings name furniture and no article container, remembered per string and per token: a page
 * repeats its class names, and even more so their tokens ("flex", "px-4"). Confined to one cleaning call.
 */
final class FurnitureNames {

    private final Map<String, Boolean> names = new HashMap<>();
    private final Map<String, Boolean> tokens = new HashMap<>();

    /** Whether a non-empty class/id string names furniture and no article container. */
    boolean isFurniture(String classAndId) {
        Boolean known = names.get(classAndId);
        if (known == null) {
            known = BoilerplatePatterns.isFurnitureName(classAndId, this::isFurnitureToken)
                    && !BoilerplatePatterns.namesContent(classAndId);
            names.put(classAndId, known);
        }
        return known;
    }

    private boolean isFurnitureToken(String token) {
        Boolean known = tokens.get(token);
        if (known == null) {
            known = BoilerplatePatterns.isFurnitureToken(token);
            tokens.put(token, known);
        }
        return known;
    }
}
