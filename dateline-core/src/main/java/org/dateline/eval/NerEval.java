package org.dateline.eval;

import org.dateline.analyze.entity.EntityRecognizer;
import org.dateline.analyze.entity.Mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Named entities scored the {@code conlleval} way on a CoNLL column file ({@code TOKEN ... TAG}, blank line between
 * sentences, {@code -DOCSTART-} between documents): each document's text is rebuilt (tokens joined by one space,
 * sentences by a blank line), given to an {@link EntityRecognizer}, and its mentions are mapped back to the gold
 * tokens as IOB2 tags. Entity-level micro P/R/F1 with exact span and type, per type, with and without MISC.
 * {@link #read} and {@link #score} are public so cross-validation can reuse them with its own tagger.
 */
public final class NerEval {

    private NerEval() {
    }

    /** A document of gold tokens, their IOB2 tags and the token index where each sentence begins. */
    /**
     * Between the file's sentences: a blank line, which every recognizer here takes as a sentence end (CoreNLP's
     * splitter reads a single newline as hard wrapping), so each sees the file's sentences as CoNLL gives them. With a
     * single newline a byline or dateline ran into the next sentence: CoNLL-2003 testb 0.878 -> 0.880.
     */
    static final String SENTENCE_BREAK = "\n\n";

    /**
     * The language of a CoNLL file's tokens: "ru" when most of the letters of its first 20,000 tokens are Cyrillic,
     * else "en" (the languages with a recognizer of their own).
     */
    public static String language(Path file) {
        long cyrillic = 0, letters = 0;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.limit(20_000)::iterator) {
                String token = line.strip().split("\\s+", 2)[0];
                if (token.startsWith("-DOCSTART-")) continue;
                for (int i = 0; i < token.length(); i++) {
                    char c = token.charAt(i);
                    if (!Character.isLetter(c)) continue;
                    letters++;
                    if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return cyrillic * 2 > letters ? "ru" : "en";
    }

    public record Document(List<String> tokens, List<String> tags, List<Integer> sentenceStarts) {

        public Document {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            sentenceStarts = List.copyOf(sentenceStarts);
            if (tokens.size() != tags.size()) throw new IllegalArgumentException("one tag per token");
        }

        /** The text a recognizer sees: tokens joined by single spaces, sentences by {@link #SENTENCE_BREAK}. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) sb.append(startsSentence(i) ? SENTENCE_BREAK : " ");
                sb.append(tokens.get(i));
            }
            return sb.toString();
        }

        /** True when token {@code i} opens a sentence. */
        public boolean startsSentence(int i) {
            return Collections.binarySearch(sentenceStarts, i) >= 0;
        }

        /** Offset of each token in {@link #text()}. */
        public int[] tokenStarts() {
            int[] starts = new int[tokens.size()];
            int at = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) at += startsSentence(i) ? SENTENCE_BREAK.length() : 1;
                starts[i] = at;
                at += tokens.get(i).length();
            }
            return starts;
        }
    }

    /** A gold or predicted entity that did not come out right: missed, spurious, wrong type or wrong span. */
    public record Error(int doc, String kind, String gold, String predicted) {
    }

    /** The scores of one run: with every type and with MISC read as O (the Russian sets have no MISC). */
    public record Report(NerScores all, NerScores withoutMisc, boolean goldHasMisc, int docs, int tokens, double seconds) {

        public double docsPerSecond() {
            return seconds <= 0 ? 0 : docs / seconds;
        }

        public double tokensPerSecond() {
            return seconds <= 0 ? 0 : tokens / seconds;
        }
    }

    /** The documents of a CoNLL file; IOB1 and plain {@code I-} tags are rewritten to IOB2. */
    public static List<Document> read(Path conll) {
        List<String> lines;
        try {
            lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> docs = new ArrayList<>();
        DocumentBuilder current = new DocumentBuilder();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                current.endSentence();
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                current.addTo(docs);
                current = new DocumentBuilder();
                continue;
            }
            if (cols.length < 2) throw new IllegalArgumentException(conll + ":" + lineNo + ": expected TOKEN TAG");
            current.add(cols[0], cols[cols.length - 1]);
        }
        current.addTo(docs);
        return docs;
    }

    /** Runs {@code recognizer} on the first {@code limit} documents of the file (all when {@code limit <= 0}). */
    public static Report run(Path conll, EntityRecognizer recognizer, String language, int limit) {
        return run(conll, recognizer, language, limit, 1);
    }

    /** As {@link #run(Path, EntityRecognizer, String, int)}, tagging documents on {@code threads} threads. */
    public static Report run(Path conll, EntityRecognizer recognizer, String language, int limit, int threads) {
        List<Document> docs = read(conll);
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        return score(docs, d -> tags(d, recognizer.recognize(d.text(), language)), threads);
    }

    /** IOB2 tags of {@code doc}'s tokens from mentions found in its {@link Document#text()}, for {@link #score}. */
    public static List<String> tags(Document doc, List<Mention> mentions) {
        return MentionTags.tag(doc, mentions);
    }

    /** Scores {@code predictTags} (one IOB2 tag per token) against the gold documents, timing the predictions. */
    public static Report score(List<Document> gold, Function<Document, List<String>> predictTags) {
        return score(gold, predictTags, 1);
    }

    /** As {@link #score(List, Function)} with the predictions made on {@code threads} threads. */
    public static Report score(List<Document> gold, Function<Document, List<String>> predictTags, int threads) {
        long t0 = System.nanoTime();
        List<List<String>> predicted = predictAll(gold, predictTags, Math.max(1, threads));
        double seconds = (System.nanoTime() - t0) / 1e9;
        NerScores.Builder all = new NerScores.Builder(false);
        NerScores.Builder noMisc = new NerScores.Builder(true);
        boolean goldHasMisc = false;
        int tokens = 0;
        for (int d = 0; d < gold.size(); d++) {
            Document doc = gold.get(d);
            List<String> pred = predicted.get(d);
            if (pred.size() != doc.tokens().size()) {
                throw new IllegalStateException("document " + d + ": " + pred.size() + " tags for " + doc.tokens().size() + " tokens");
            }
            goldHasMisc |= doc.tags().stream().anyMatch(t -> t.endsWith("-MISC"));
            all.add(doc, pred, d);
            noMisc.add(doc, pred, d);
            tokens += doc.tokens().size();
        }
        return new Report(all.build(), noMisc.build(), goldHasMisc, gold.size(), tokens, seconds);
    }

    private static List<List<String>> predictAll(List<Document> docs, Function<Document, List<String>> predict, int threads) {
        if (threads == 1) return docs.stream().map(predict).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<String>>> futures = docs.stream().map(d -> pool.submit(() -> predict.apply(d))).toList();
            List<List<String>> out = new ArrayList<>(docs.size());
            for (Future<List<String>> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static final class DocumentBuilder {
        private final List<String> tokens = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Integer> sentenceStarts = new ArrayList<>();
        private boolean sentenceOpen;

        void add(String token, String tag) {
            if (!sentenceOpen) {
                sentenceStarts.add(tokens.size());
                sentenceOpen = true;
            }
            String previous = tokens.size() == sentenceStarts.getLast() ? "O" : tags.getLast();
            tokens.add(token);
            tags.add(Iob.toIob2(tag, previous));
        }

        void endSentence() {
            sentenceOpen = false;
        }

        void addTo(List<Document> docs) {
            if (!tokens.isEmpty()) docs.add(new Document(tokens, tags, sentenceStarts));
        }
    }
}
