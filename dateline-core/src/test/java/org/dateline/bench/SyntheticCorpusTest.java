package org.dateline.bench;

import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    private static final List<RawDocument> DOCS = new SyntheticCorpus(42, 6).documents(3000);

    @Test
    void sameSeedSameDocuments() {
        List<RawDocument> again = new SyntheticCorpus(42, 6).documents(200);
        for (int i = 0; i < again.size(); i++) {
            assertEquals(DOCS.get(i).content(), again.get(i).content());
            assertEquals(DOCS.get(i).fields(), again.get(i).fields());
        }
    }

    @Test
    void reportsArriveInPublicationOrderWithEventsInterleaved() {
        Instant last = Instant.MIN;
        int eventChanges = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            Instant published = Instant.parse(DOCS.get(i).fields().get("published"));
            assertFalse(published.isBefore(last), "document " + i + " is older than the one before it");
            last = published;
            if (i > 0 && !event(i).equals(event(i - 1))) eventChanges++;
        }
        // one event's reports are not a block: most neighbours belong to different events
        assertTrue(eventChanges > DOCS.size() * 0.8, eventChanges + " event changes");
    }

    @Test
    void everySlotIsFilledAndArticlesAreNewsLength() {
        long words = 0;
        for (RawDocument d : DOCS) {
            String text = d.fields().get("title") + "\n" + d.content();
            assertFalse(text.contains("{") || text.contains("}"), text);
            words += d.content().split("\\s+").length;
            boolean russian = d.fields().get("lang").equals("ru");
            assertEquals(russian, d.content().chars().anyMatch(c -> c >= 'а' && c <= 'я'), d.content());
        }
        double mean = (double) words / DOCS.size();
        assertTrue(mean > 180 && mean < 450, "mean words per article " + mean);
    }

    @Test
    void coverageIsSkewedAndSomeReportsAreSyndicatedCopies() {
        Map<String, Integer> reports = new HashMap<>();
        Map<String, Set<String>> bodies = new HashMap<>();
        int copies = 0;
        for (int i = 0; i < DOCS.size(); i++) {
            reports.merge(event(i), 1, Integer::sum);
            if (!bodies.computeIfAbsent(event(i), e -> new HashSet<>()).add(DOCS.get(i).content())) copies++;
        }
        long singles = reports.values().stream().filter(n -> n == 1).count();
        int largest = reports.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(singles > reports.size() / 10, singles + " events with one report of " + reports.size());
        assertTrue(largest >= 20, "largest event " + largest);
        assertTrue(copies > DOCS.size() / 20 && copies < DOCS.size() / 4, copies + " copies");
    }

    @Test
    void differentEventsRarelyShareTheirMainPlace() {
        // the lead names the place; reports of one event share it, different events mostly do not
        Map<String, Set<String>> eventsByTitleWord = new HashMap<>();
        for (int i = 0; i < DOCS.size(); i++) {
            for (String w : DOCS.get(i).content().split("[^\\p{L}]+")) {
                if (w.length() > 5 && Character.isUpperCase(w.charAt(0))) {
                    eventsByTitleWord.computeIfAbsent(w, x -> new HashSet<>()).add(event(i));
                }
            }
        }
        long shared = eventsByTitleWord.values().stream().filter(s -> s.size() > 20).count();
        assertTrue(shared < eventsByTitleWord.size() / 20, shared + " of " + eventsByTitleWord.size()
                + " capitalised words are in more than 20 events");
    }

    private static String event(int i) {
        return DOCS.get(i).fields().get(SyntheticCorpus.EVENT_FIELD);
    }
}
