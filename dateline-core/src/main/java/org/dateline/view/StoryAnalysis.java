package org.dateline.view;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.AttributedQuote;
import org.dateline.analyze.entity.CrossScriptNames;
import org.dateline.analyze.entity.DocumentEntity;
import org.dateline.analyze.entity.EntityType;
import org.dateline.analyze.event.EventExtractor;
import org.dateline.analyze.event.EventFrame;
import org.dateline.model.Article;
import org.dateline.normalize.Transliteration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A story's entities, quotes and events, gathered from its reports' analyses: one entity per referent across
 * outlets (a surname-only person joins the story's full-named person of that surname), quotes by speaker with
 * the outlets carrying each, and event frames merged across reports.
 */
final class StoryAnalysis {

    private StoryAnalysis() {
    }

    record Result(int analysed, List<StoryView.EntityCount> entities, List<StoryView.QuoteView> quotes,
                  List<StoryView.EventView> events) {
    }

    static Result of(List<Article> members, Function<String, Optional<Analysis>> analyses, Map<String, String> copyOf) {
        List<Analysis> found = new ArrayList<>();
        Map<String, String> outletOf = new LinkedHashMap<>();
        for (Article a : members) {
            outletOf.put(a.id(), a.outlet() == null ? a.outletId() : a.outlet());
            analyses.apply(a.id()).ifPresent(found::add);
        }
        Map<String, String> canonical = surnamesToFullNames(found);
        sameBodiesAndPlaces(found, canonical);
        List<StoryView.EntityCount> entities = entities(found, canonical, outletOf);
        Map<String, String> names = new LinkedHashMap<>();
        for (StoryView.EntityCount e : entities) names.put(e.id(), e.name());
        return new Result(found.size(), entities, quotes(found, canonical, names, outletOf, copyOf),
                events(found, canonical, names, outletOf));
    }

    /**
     * Within one story, "Putin" is the story's "Vladimir Putin" even where a report names him by surname only, and a
     * name the recognizer ran into a neighbouring word ("Верхнеозёрска Павла Ломакина") is the story's more often
     * named person it contains ("Павел Ломакин").
     */
    private static Map<String, String> surnamesToFullNames(List<Analysis> found) {
        Map<String, List<String>> keyWords = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Analysis a : found) {
            for (DocumentEntity e : a.entities()) {
                if (e.type() != EntityType.PERSON) continue;
                keyWords.putIfAbsent(e.id(), List.of(e.key().split(" ")));
                mentions.merge(e.id(), e.mentions().size(), Integer::sum);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> a : keyWords.entrySet()) {
            if (a.getValue().size() < 2) continue;
            for (Map.Entry<String, List<String>> b : keyWords.entrySet()) {
                if (b.getKey().equals(a.getKey()) || b.getValue().size() < 2 || b.getValue().size() >= a.getValue().size()) continue;
                if (java.util.Collections.indexOfSubList(a.getValue(), b.getValue()) >= 0
                        && mentions.get(b.getKey()) >= mentions.get(a.getKey())) {
                    out.put(a.getKey(), b.getKey());
                    break;
                }
            }
        }
        // one person written with and without a middle initial or by a short form of the first name ("Frederick C.
        // LaRue", "Fred LaRue"): the less often named is the more often named
        for (Map.Entry<String, List<String>> a : keyWords.entrySet()) {
            if (a.getValue().size() < 2 || out.containsKey(a.getKey())) continue;
            List<String> candidates = new ArrayList<>();
            for (Map.Entry<String, List<String>> b : keyWords.entrySet()) {
                if (!b.getKey().equals(a.getKey()) && b.getValue().size() >= 2 && sameFullName(a.getValue(), b.getValue())) {
                    candidates.add(b.getKey());
                }
            }
            // "George Bush" beside "George W. Bush" and "George H. W. Bush" could be either
            boolean oneReading = candidates.stream().allMatch(x -> candidates.stream()
                    .allMatch(y -> x.equals(y) || sameFullName(keyWords.get(x), keyWords.get(y))));
            if (!oneReading) continue;
            String best = a.getKey();
            for (String c : candidates) {
                // a name the first step already gave to a shorter one ("Frederick C. LaRue" to "Frederick LaRue") counts as that
                if (out.containsKey(c)) continue;
                if (mentions.get(c) > mentions.get(best) || mentions.get(c).equals(mentions.get(best)) && c.compareTo(best) < 0) best = c;
            }
            if (!best.equals(a.getKey())) out.put(a.getKey(), best);
        }
        // names given to a name given in turn to another end at the last one
        for (Map.Entry<String, String> e : out.entrySet()) {
            String target = e.getValue();
            for (int step = 0; step < out.size() && out.containsKey(target) && !out.get(target).equals(e.getKey()); step++) target = out.get(target);
            e.setValue(target);
        }
        Map<String, Set<String>> fullBySurname = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : keyWords.entrySet()) {
            List<String> words = e.getValue();
            if (words.size() > 1) {
                fullBySurname.computeIfAbsent(words.get(words.size() - 1), k -> new LinkedHashSet<>())
                        .add(out.getOrDefault(e.getKey(), e.getKey()));
            }
        }
        Map<String, Integer> ownMentions = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> m : mentions.entrySet()) ownMentions.merge(out.getOrDefault(m.getKey(), m.getKey()), m.getValue(), Integer::sum);
        for (Map.Entry<String, List<String>> e : keyWords.entrySet()) {
            if (e.getValue().size() != 1) continue;
            Set<String> owners = fullBySurname.getOrDefault(e.getValue().get(0), Set.of());
            if (owners.size() == 1) {
                out.put(e.getKey(), owners.iterator().next());
                continue;
            }
            // several people of one surname ("Fred LaRue" and his father "William T. LaRue"): the surname alone ("Mr.
            // LaRue") is the one the story names far more often than all the others together
            String top = null;
            int topCount = 0, others = 0;
            for (String owner : owners) {
                int n = ownMentions.getOrDefault(owner, 0);
                others += n;
                if (n > topCount) {
                    top = owner;
                    topCount = n;
                }
            }
            others -= topCount;
            if (top != null && topCount >= DOMINANT * others) out.put(e.getKey(), top);
        }
        return out;
    }

    /**
     * Which bodies and places of the story are one, added to {@code canonical} (the survivor keeps its id):
     * <ul>
     * <li>a place qualified by another place of the story is the place it qualifies ("Serran Highlands of Valmara",
     *     "Серранское нагорье Валмары" → "Serran Highlands");</li>
     * <li>a short name the story also gives in full after one of its places is the full one ("Maritime Museum" →
     *     "Orvik Maritime Museum");</li>
     * <li>a body named without the place after its "of" or without a lower-case Russian noun before it is the body
     *     ("National Bank" → "National Bank of Valmara", "управление МЧС по …" → "МЧС по …");</li>
     * <li>a one-word organisation that only one longer organisation begins or ends with, or whose initials it is, is
     *     that one ("Islandlink", "Rovers", "TDU");</li>
     * <li>an organisation or place named in both scripts is the one named in Latin, the more often named of several
     *     (see {@link CrossScriptNames}).</li>
     * </ul>
     */
    private static void sameBodiesAndPlaces(List<Analysis> found, Map<String, String> canonical) {
        Bodies bodies = new Bodies(found);
        if (bodies.byId.size() < 2) return;
        Map<String, String> out = new LinkedHashMap<>();
        bodies.qualifiedPlaces(out);
        bodies.namesAfterAPlace(out);
        bodies.bodiesWithoutPlaceOrNoun(out);
        bodies.shortForms(out);
        bodies.acrossScripts(out);
        // a qualified place whose place is named in the other script ends at the Latin name
        for (Map.Entry<String, String> e : out.entrySet()) {
            String target = e.getValue();
            for (int step = 0; step < out.size() && out.containsKey(target); step++) target = out.get(target);
            e.setValue(target);
        }
        out.forEach(canonical::putIfAbsent);
    }

    /** The organisations and places of a story's reports, each name key split into words once. */
    private static final class Bodies {
        private static final String OF = org.dateline.analyze.entity.NameKeys.wordKey("of");

        final Map<String, DocumentEntity> byId = new LinkedHashMap<>();
        final Map<String, Integer> mentions = new LinkedHashMap<>();
        final Map<String, List<String>> keyWords = new java.util.HashMap<>();
        final Map<String, DocumentEntity> byKey = new java.util.HashMap<>();
        final Map<String, DocumentEntity> placeByKey = new java.util.HashMap<>();

        Bodies(List<Analysis> found) {
            for (Analysis a : found) {
                for (DocumentEntity e : a.entities()) {
                    if (e.type() != EntityType.LOCATION && e.type() != EntityType.ORGANIZATION) continue;
                    byId.putIfAbsent(e.id(), e);
                    mentions.merge(e.id(), e.mentions().size(), Integer::sum);
                }
            }
            for (DocumentEntity e : byId.values()) {
                keyWords.put(e.id(), List.of(e.key().split(" ")));
                byKey.putIfAbsent(e.key(), e);
                if (e.type() == EntityType.LOCATION) placeByKey.put(e.key(), e);
            }
        }

        private static String join(List<String> words) {
            return String.join(" ", words);
        }

        /** "Serran Highlands of Valmara": the longest place of the story the name begins with, the rest another place. */
        void qualifiedPlaces(Map<String, String> out) {
            for (DocumentEntity a : placeByKey.values()) {
                List<String> words = keyWords.get(a.id());
                // Russian puts a genitive qualifier after its place ("нагорье Валмары"); English only with "of": in
                // "Orvik Maritime Museum" the town names the museum, which is no part of the town
                boolean genitive = Transliteration.hasCyrillic(a.name());
                for (int cut = words.size() - 1; cut >= 1; cut--) {
                    boolean ofPlace = words.get(cut).equals(OF);
                    if (!ofPlace && !genitive) continue;
                    DocumentEntity head = placeByKey.get(join(words.subList(0, cut)));
                    List<String> rest = words.subList(ofPlace ? cut + 1 : cut, words.size());
                    DocumentEntity qualifier = rest.isEmpty() ? null : placeByKey.get(join(rest));
                    if (head != null && qualifier != null && qualifier != head) {
                        out.put(a.id(), head.id());
                        break;
                    }
                }
            }
        }

        /** "Maritime Museum" in a story that names the "Orvik Maritime Museum": a place before a name of two words or more. */
        void namesAfterAPlace(Map<String, String> out) {
            for (DocumentEntity full : byId.values()) {
                List<String> words = keyWords.get(full.id());
                for (int cut = 1; cut + 2 <= words.size(); cut++) {
                    DocumentEntity town = placeByKey.get(join(words.subList(0, cut)));
                    DocumentEntity shortName = byKey.get(join(words.subList(cut, words.size())));
                    if (town != null && shortName != null && shortName != full && !out.containsKey(shortName.id())
                            && !out.containsKey(full.id())) {
                        out.put(shortName.id(), full.id());
                        break;
                    }
                }
            }
        }

        /**
         * "National Bank" beside "National Bank of Valmara" (a place of the story after "of"), "управление МЧС по
         * Приозёрной области" beside "МЧС по Приозёрной области" (a lower-case noun before it): one body.
         */
        void bodiesWithoutPlaceOrNoun(Map<String, String> out) {
            for (DocumentEntity e : byId.values()) {
                if (e.type() != EntityType.ORGANIZATION || out.containsKey(e.id())) continue;
                List<String> words = keyWords.get(e.id());
                int ofAt = words.indexOf(OF);
                if (ofAt >= 2 && placeByKey.containsKey(join(words.subList(ofAt + 1, words.size())))) {
                    DocumentEntity shortName = byKey.get(join(words.subList(0, ofAt)));
                    if (isFreeOrganisation(shortName, e, out)) {
                        out.put(shortName.id(), e.id());
                        continue;
                    }
                }
                if (words.size() >= 2 && Character.isLowerCase(e.name().charAt(0)) && Transliteration.hasCyrillic(e.name())) {
                    DocumentEntity same = byKey.get(join(words.subList(1, words.size())));
                    if (isFreeOrganisation(same, e, out)) out.put(e.id(), same.id());
                }
            }
        }

        /** Whether {@code other} is an organisation other than {@code e} not yet found to be another one. */
        private static boolean isFreeOrganisation(DocumentEntity other, DocumentEntity e, Map<String, String> out) {
            return other != null && other != e && other.type() == EntityType.ORGANIZATION && !out.containsKey(other.id());
        }

        /**
         * "Islandlink" or "Rovers" in a story that names "Islandlink Ferries" or "Belém Rovers", "TDU" beside "Tagus
         * Dockworkers' Union": a one-word organisation that only one longer organisation begins or ends with, or whose
         * initials it is.
         */
        void shortForms(Map<String, String> out) {
            Map<String, Set<DocumentEntity>> byShortForm = new java.util.HashMap<>();
            for (DocumentEntity e : byId.values()) {
                List<String> w = keyWords.get(e.id());
                if (e.type() != EntityType.ORGANIZATION || w.size() < 2) continue;
                byShortForm.computeIfAbsent(w.getFirst(), k -> new LinkedHashSet<>()).add(e);
                byShortForm.computeIfAbsent(w.getLast(), k -> new LinkedHashSet<>()).add(e);
                String initials = initials(e.name());
                if (initials.length() >= 2) byShortForm.computeIfAbsent("#" + initials, k -> new LinkedHashSet<>()).add(e);
            }
            for (DocumentEntity e : byId.values()) {
                if (e.type() != EntityType.ORGANIZATION || keyWords.get(e.id()).size() > 1 || out.containsKey(e.id())) continue;
                boolean acronym = e.name().length() >= 2 && e.name().chars().allMatch(Character::isUpperCase);
                Set<DocumentEntity> longer = byShortForm.getOrDefault(acronym ? "#" + e.name() : e.key(), Set.of());
                if (longer.size() == 1) out.put(e.id(), longer.iterator().next().id());
            }
        }

        /** A body or place named in Russian that one named in Latin translates or transliterates word by word. */
        void acrossScripts(Map<String, String> out) {
            // Latin names by type and number of words: only names of as many words (or one more or fewer) can pair
            Map<String, List<DocumentEntity>> latin = new java.util.HashMap<>();
            Map<String, List<String>> words = new java.util.HashMap<>();
            for (DocumentEntity e : byId.values()) {
                List<String> w = CrossScriptNames.contentWords(e.name());
                if (w.isEmpty()) continue;
                words.put(e.id(), w);
                if (!Transliteration.hasCyrillic(e.name())) latin.computeIfAbsent(e.type() + " " + w.size(), k -> new ArrayList<>()).add(e);
            }
            for (DocumentEntity r : byId.values()) {
                List<String> w = words.get(r.id());
                if (w == null || out.containsKey(r.id()) || !Transliteration.hasCyrillic(r.name())) continue;
                String best = null;
                // as many words; or one word more or fewer, a common noun on one side only ("церковь Святого Эльрика", "St Elric")
                for (int size = w.size() - 1; size <= w.size() + 1; size++) {
                    for (DocumentEntity l : latin.getOrDefault(r.type() + " " + size, List.of())) {
                        List<String> lw = words.get(l.id());
                        if (size == w.size() ? !CrossScriptNames.sameWords(lw, w) : !CrossScriptNames.sameWordsButNoun(lw, w)) continue;
                        if (best == null || mentions.get(l.id()) > mentions.get(best)) best = l.id();
                    }
                }
                if (best != null) out.put(r.id(), best);
            }
        }
    }

    /** Linking words a name's initials leave out. */
    private static final Set<String> INITIALS_SKIP = Set.of("of", "the", "and", "for", "&");

    /** The capitals opening a name's words, linking words aside: "Tagus Dockworkers' Union" → "TDU". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
            else if (!w.isEmpty() && !INITIALS_SKIP.contains(w)) return "";
        }
        return b.toString();
    }

    /** How many times as often as all its namesakes together a person must be named to own the bare surname. */
    private static final int DOMINANT = 3;

    /**
     * Whether two full names' keys name one person: the same surname, first names one of which begins the other ("Fred",
     * "Frederick"), and the same middle names but for initials only one of them gives ("Frederick C. LaRue", "Fred
     * LaRue"); two sets of initials must be the same ("George W. Bush" is not "George H. W. Bush").
     */
    static boolean sameFullName(List<String> a, List<String> b) {
        if (!a.getLast().equals(b.getLast())) return false;
        String x = a.getFirst(), y = b.getFirst();
        String shorter = x.length() <= y.length() ? x : y;
        if (shorter.length() < 2 || !(x.startsWith(y) || y.startsWith(x))) return false;
        List<String> am = a.subList(1, a.size() - 1), bm = b.subList(1, b.size() - 1);
        List<String> aNames = am.stream().filter(k -> k.length() > 1).toList();
        List<String> bNames = bm.stream().filter(k -> k.length() > 1).toList();
        if (!aNames.equals(bNames)) return false;
        List<String> aInitials = am.stream().filter(k -> k.length() == 1).toList();
        List<String> bInitials = bm.stream().filter(k -> k.length() == 1).toList();
        return aInitials.isEmpty() || bInitials.isEmpty() || aInitials.equals(bInitials);
    }

    private static List<StoryView.EntityCount> entities(List<Analysis> found, Map<String, String> canonical,
                                                        Map<String, String> outletOf) {
        Map<String, Acc> byId = new LinkedHashMap<>();
        for (Analysis a : found) {
            for (DocumentEntity e : a.entities()) {
                String id = canonical.getOrDefault(e.id(), e.id());
                Acc acc = byId.computeIfAbsent(id, Acc::new);
                acc.add(e, outletOf.get(a.articleId()), id.equals(e.id()));
            }
        }
        // an outlet of the story named short ("told the Ledger", "the Gazette's calculations", "obtained by MPA") is that
        // outlet, an organisation, whatever type the recognizer guessed
        Map<String, String> outletByShortName = new java.util.HashMap<>();
        for (String outlet : new LinkedHashSet<>(outletOf.values())) {
            if (outlet == null) continue;
            String bare = outlet.startsWith("The ") ? outlet.substring(4) : outlet;
            outletByShortName.put(bare, outlet);
            int space = bare.lastIndexOf(' ');
            if (space > 0 && bare.length() - space > 4) outletByShortName.putIfAbsent(bare.substring(space + 1), outlet);
            // its initials: "MPA", a wire's dateline and credit line
            String initials = initials(bare);
            if (initials.length() >= 2 && space > 0) outletByShortName.putIfAbsent(initials, outlet);
        }
        List<StoryView.EntityCount> out = new ArrayList<>();
        for (Acc acc : byId.values()) {
            StoryView.EntityCount view = acc.view();
            String outlet = view.type().equals("person") ? null : outletByShortName.get(view.name());
            if (outlet != null && !outlet.equals(view.name())) {
                view = new StoryView.EntityCount(view.id(), outlet, "organization", view.mentions(), view.variants(), view.outlets());
            }
            // a common noun the recognizer spanned ("компании", "городской думы", "interior ministry") names nothing a
            // reader could look up; its quotes keep it as their speaker's words
            if (view.name().chars().anyMatch(Character::isUpperCase)) out.add(view);
        }
        out.sort(Comparator.comparingInt((StoryView.EntityCount e) -> -e.mentions()).thenComparing(StoryView.EntityCount::name));
        return out;
    }

    private static final class Acc {
        final String id;
        final Map<EntityType, Integer> types = new LinkedHashMap<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> outlets = new LinkedHashSet<>();
        int mentions;

        Acc(String id) {
            this.id = id;
        }

        void add(DocumentEntity e, String outlet, boolean ownName) {
            mentions += e.mentions().size();
            types.merge(e.type(), e.mentions().size(), Integer::sum);
            // a surname-only entity merged into a full name does not get to name the merged entity
            if (ownName) names.merge(e.name(), 1, Integer::sum);
            variants.addAll(e.variants());
            if (outlet != null) outlets.add(outlet);
        }

        StoryView.EntityCount view() {
            EntityType type = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.MISC);
            // people's names have their own nominative reader
            boolean person = type == EntityType.PERSON;
            // the fullest name; of a name in two scripts, the Latin spelling, which the interface's readers share
            String name = names.entrySet().stream()
                    .max(Comparator.comparing((Map.Entry<String, Integer> x) -> !org.dateline.analyze.entity.EntityLinker.shouted(x.getKey()))
                            .thenComparingInt(x -> x.getKey().split(" ").length)
                            .thenComparing(x -> !org.dateline.normalize.Transliteration.hasCyrillic(x.getKey()))
                            // a place or thing no report could decline: the spelling with a nominative's ending ("Карвела")
                            .thenComparingInt(x -> person ? 0 : org.dateline.analyze.entity.EntityLinker.nominativeLikeness(x.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElse(variants.isEmpty() ? id : variants.iterator().next());
            return new StoryView.EntityCount(id, name, type.name().toLowerCase(Locale.ROOT), mentions,
                    new ArrayList<>(variants), new ArrayList<>(outlets));
        }
    }

    /** Quotes by speaker; a quote repeated by a copy or another outlet is listed once with every outlet carrying it. */
    private static List<StoryView.QuoteView> quotes(List<Analysis> found, Map<String, String> canonical, Map<String, String> names,
                                                    Map<String, String> outletOf, Map<String, String> copyOf) {
        Map<String, StoryView.QuoteView> byContent = new LinkedHashMap<>();
        for (Analysis a : found) {
            String outlet = outletOf.get(a.articleId());
            for (AttributedQuote q : a.quotes()) {
                // what people agreed to, declined or showed is no statement (see Statements)
                if (!org.dateline.analyze.quote.Statements.isStatement(q.kind(), q.cue())) continue;
                String key = q.content().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                StoryView.QuoteView seen = byContent.get(key);
                if (seen != null) {
                    if (outlet != null && !seen.outlets().contains(outlet)) {
                        List<String> outlets = new ArrayList<>(seen.outlets());
                        outlets.add(outlet);
                        byContent.put(key, seen.withOutlets(outlets));
                    }
                    continue;
                }
                String speakerId = q.speakerId() == null ? null : canonical.getOrDefault(q.speakerId(), q.speakerId());
                // one name per speaker across outlets ("Yury" at TASS, "Yuri" at The Moscow Times)
                String speaker = speakerId == null ? q.speaker() : names.getOrDefault(speakerId, q.speaker());
                byContent.put(key, new StoryView.QuoteView(speakerId, speaker, q.source(), q.kind(), q.content(), q.cue(),
                        a.articleId(), copyOf.containsKey(a.articleId()), outlet == null ? List.of() : List.of(outlet), q.sentence()));
            }
        }
        List<StoryView.QuoteView> out = new ArrayList<>(byContent.values());
        // grouped by speaker (named speakers first, in order of first quote), quotes in text order within a speaker
        Map<String, Integer> firstOfSpeaker = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) firstOfSpeaker.putIfAbsent(speakerKey(out.get(i)), i);
        out.sort(Comparator.comparing((StoryView.QuoteView q) -> q.speaker() == null)
                .thenComparingInt(q -> firstOfSpeaker.get(speakerKey(q))));
        return out;
    }

    private static String speakerKey(StoryView.QuoteView q) {
        return q.speakerId() != null ? q.speakerId() : String.valueOf(q.speaker());
    }

    private static List<StoryView.EventView> events(List<Analysis> found, Map<String, String> canonical,
                                                    Map<String, String> names, Map<String, String> outletOf) {
        List<EventFrame> merged = new ArrayList<>();
        // each merged frame as it is shown (its well-supported participants), which is what is compared: every report
        // adds a few names, and the union of them all would soon share less than half with any further report's frame
        List<EventFrame> shown = new ArrayList<>();
        List<Set<String>> outlets = new ArrayList<>();
        for (Analysis a : found) {
            for (EventFrame f : a.events()) {
                EventFrame frame = withCanonicalIds(f, canonical, names);
                int home = -1;
                for (int i = 0; i < merged.size() && home < 0; i++) {
                    if (EventExtractor.sameEventInStory(shown.get(i), frame)) home = i;
                }
                if (home < 0) {
                    merged.add(frame);
                    shown.add(EventExtractor.settled(frame));
                    outlets.add(new LinkedHashSet<>());
                    home = merged.size() - 1;
                } else {
                    merged.set(home, EventExtractor.combineInStory(merged.get(home), frame));
                    shown.set(home, EventExtractor.settled(merged.get(home)));
                }
                String outlet = outletOf.get(a.articleId());
                if (outlet != null) outlets.get(home).add(outlet);
            }
        }
        // frames merged early may only now agree (each took in reports the other had not): join them, pass after
        // pass, until none do
        for (boolean joined = true; joined; ) {
            joined = false;
            for (int i = 0; i < merged.size(); i++) {
                for (int j = i + 1; j < merged.size(); ) {
                    if (!EventExtractor.sameEventInStory(shown.get(i), shown.get(j))) {
                        j++;
                        continue;
                    }
                    merged.set(i, EventExtractor.combineInStory(merged.get(i), merged.get(j)));
                    shown.set(i, EventExtractor.settled(merged.get(i)));
                    outlets.get(i).addAll(outlets.get(j));
                    merged.remove(j);
                    shown.remove(j);
                    outlets.remove(j);
                    joined = true;
                }
            }
        }
        List<StoryView.EventView> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            out.add(new StoryView.EventView(shown.get(i), new ArrayList<>(outlets.get(i))));
        }
        out.sort(Comparator.comparingInt((StoryView.EventView e) -> -e.outlets().size() - e.frame().sentences().size()));
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    /**
     * The frame's participants and places as the story's entities, under the story's names: "Серранское нагорье
     * Валмары" in one report and "Serran Highlands" in another are one place of the event.
     */
    private static EventFrame withCanonicalIds(EventFrame f, Map<String, String> canonical, Map<String, String> names) {
        List<EventFrame.Participant> participants = new ArrayList<>();
        for (EventFrame.Participant p : f.participants()) {
            String id = canonical.getOrDefault(p.entityId(), p.entityId());
            if (participants.stream().noneMatch(q -> q.entityId().equals(id))) {
                participants.add(new EventFrame.Participant(id, names.getOrDefault(id, p.name()), p.support()));
            }
        }
        List<EventFrame.Place> places = new ArrayList<>();
        for (EventFrame.Place p : f.places()) {
            String id = p.entityId() == null ? null : canonical.getOrDefault(p.entityId(), p.entityId());
            if (id != null && places.stream().anyMatch(q -> id.equals(q.entityId()) && q.role() == p.role())) continue;
            places.add(id == null ? p : new EventFrame.Place(id, names.getOrDefault(id, p.name()), p.role(), p.suggestedBy()));
        }
        return new EventFrame(f.type(), f.status(), participants, places, f.venue(), f.time(), f.timeText(),
                f.triggers(), f.sentences());
    }
}
