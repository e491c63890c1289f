package org.dateline.analyze.entity;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.AttributedQuote;
import org.dateline.store.AnalysisStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds an {@link EntityProfile} from the analyses that mention the entity. */
public final class EntityProfiles {

    /** Articles read per profile: the newest this many; counts beyond them come from the index. */
    public static final int READ_LIMIT = 500;
    private static final int MAX_QUOTES = 50;

    private EntityProfiles() {
    }

    public static Optional<EntityProfile> build(String entityId, AnalysisStore.EntityMentions found) {
        if (found.analyses().isEmpty()) return Optional.empty();
        Map<String, Integer> variants = new LinkedHashMap<>();
        Map<String, Integer> fullNames = new LinkedHashMap<>();
        Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        Set<String> descriptions = new LinkedHashSet<>();
        Map<String, Integer> stories = new LinkedHashMap<>();
        List<EntityProfile.Said> quotes = new ArrayList<>();
        int mentions = 0;
        for (Analysis a : found.analyses()) {
            String storyId = found.storyOfArticle().get(a.articleId());
            if (storyId != null) stories.merge(storyId, 1, Integer::sum);
            for (DocumentEntity e : a.entities()) {
                if (!e.id().equals(entityId)) continue;
                mentions += e.mentions().size();
                types.merge(e.type(), e.mentions().size(), Integer::sum);
                for (String v : e.variants()) variants.merge(v, 1, Integer::sum);
                fullNames.merge(e.name(), NameKeys.words(e.name()).size() * 1000 + 1, Integer::sum);
                descriptions.addAll(e.descriptions());
            }
            for (AttributedQuote q : a.quotes()) {
                if (entityId.equals(q.speakerId()) && quotes.size() < MAX_QUOTES
                        && org.dateline.analyze.quote.Statements.isStatement(q.kind(), q.cue())) {
                    quotes.add(new EntityProfile.Said(a.articleId(), storyId, q));
                }
            }
        }
        // the fullest name wins, then the most used spelling of it, a dateline's capitals ("CLEVELAND") last
        String name = fullNames.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> x) -> !EntityLinker.shouted(x.getKey()))
                        .thenComparing(Map.Entry.comparingByValue()))
                .map(Map.Entry::getKey).orElse(entityId);
        EntityType type = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.MISC);
        Map<String, Integer> storiesByCount = new LinkedHashMap<>();
        stories.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> storiesByCount.put(e.getKey(), e.getValue()));
        return Optional.of(new EntityProfile(entityId, name, type, variants, new ArrayList<>(descriptions), found.total(),
                mentions, storiesByCount, quotes));
    }
}
