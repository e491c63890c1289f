package org.dateline.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recognizer to use for each language: the highest-priority {@link EntityRecognizerProvider} on the class
 * path that handles it, created once and shared. Languages no provider handles get {@link CapitalizedNames},
 * the reduced analysis the engine runs with when no model module is installed. Either is followed by
 * {@link KnownOrganisations}, which types the organisations of today's news a model may misread.
 */
public final class EntityRecognizers {

    private static final List<EntityRecognizerProvider> PROVIDERS = load();
    private static final Map<String, EntityRecognizer> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final EntityRecognizer FALLBACK = KnownOrganisations.after(new CapitalizedNames(), true);

    private EntityRecognizers() {
    }

    private static List<EntityRecognizerProvider> load() {
        List<EntityRecognizerProvider> out = new ArrayList<>();
        ServiceLoader.load(EntityRecognizerProvider.class).forEach(out::add);
        out.sort(Comparator.comparingInt(EntityRecognizerProvider::priority).reversed());
        return List.copyOf(out);
    }

    /** The recognizer for {@code language} (loading its model on first use), or the capitalised-name fallback. */
    public static EntityRecognizer forLanguage(String language) {
        Optional<EntityRecognizerProvider> provider = PROVIDERS.stream()
                .filter(p -> p.languages().contains(language)).findFirst();
        if (provider.isEmpty()) return FALLBACK;
        return BY_LANGUAGE.computeIfAbsent(language, l -> {
            EntityRecognizerProvider p = provider.get();
            // one instance per provider, shared by all its languages
            for (EntityRecognizer r : BY_LANGUAGE.values()) {
                if (p.languages().equals(r.languages())) return r;
            }
            // the known organisations correct every model's mentions ("Amazon" a place, "OpenAI" missed)
            EntityRecognizer known = KnownOrganisations.after(p.create(), false);
            // and English person mentions are repaired from the words around them ("Xi" before "Jinping", "in Kazan")
            return p.languages().contains("en") ? EnglishNameRepairs.after(known) : known;
        });
    }

    /** True when a model-backed recognizer (not the fallback) handles {@code language}. */
    public static boolean hasModel(String language) {
        return PROVIDERS.stream().anyMatch(p -> p.languages().contains(language));
    }
}
