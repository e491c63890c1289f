package org.dateline.analyze.entity;

import java.util.List;

/**
 * One referent of one document: every mention of it in the text (full name, surname, case forms), its type
 * by majority, the name to show, the spellings seen, and descriptions the text gives it ("Kremlin aide").
 *
 * @param id       stable across documents and stores: derived from the {@link NameKeys#key name key}
 * @param key      the name key of {@code name}
 * @param mentions spans into the analysed text, in order
 */
public record DocumentEntity(String id, String key, EntityType type, String name, List<String> variants,
                             List<String> descriptions, List<Mention> mentions) {
    public DocumentEntity {
        variants = List.copyOf(variants);
        descriptions = List.copyOf(descriptions);
        mentions = List.copyOf(mentions);
    }

    /** True when one of this entity's mentions covers the span. */
    public boolean covers(int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) return true;
        }
        return false;
    }
}
