package org.dateline.analyze.entity;

import org.dateline.eval.NerEval;
import org.dateline.eval.NerScores;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Builds and measures {@link RussianNer}'s model from a CoNLL file in IOB2 with PER / ORG / LOC
 * (factRuEval-2016's {@code ner.conll}). Cross-validation splits by document, so no document's names are
 * seen in training and test at once, and scores exact span + type per entity with {@link NerEval}, the project's
 * conlleval scorer, which also reads the file.
 */
public final class RussianNerTrainer {

    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    /** Where {@code eval train-ner-ru} writes by default, relative to the repository root. */
    public static final Path BUNDLED_MODEL =
            Path.of("dateline-core/src/main/resources/org/dateline/analyze/entity", RussianNer.MODEL);
    /** Where {@code eval train-ner-ru --morphology} writes by default: the module that provides the dictionary. */
    public static final Path BUNDLED_MORPHOLOGY_MODEL =
            Path.of("dateline-nlp-morph-ru/src/main/resources/org/dateline/analyze/entity", RussianNer.MORPHOLOGY_MODEL);
    /** The documents' shuffling seed of {@link #crossValidate} unless told otherwise. */
    public static final long DEFAULT_SEED = 7;

    /** Folds of the jackknife that gives the second pass realistic first-pass tags to learn from. */
    private static final int INNER_FOLDS = 4;

    private RussianNerTrainer() {
    }

    /** Cross-validated entity-level scores (conlleval: exact span + type), per type and micro-averaged. */
    public record Evaluation(NerScores scores, int docs, int folds, double seconds) {
    }

    /** What training produced: the model's size and how long it took. */
    public record Trained(int docs, int tokens, int features, long bytes, double seconds) {
    }

    /** Trains on every document of {@code conll} and writes the gzip model to {@code out}. */
    public static Trained train(Path conll, Path out) {
        return train(conll, out, null);
    }

    /**
     * Trains on every document of {@code conll} with {@code morphology}'s word classes as features (none when null)
     * and writes the gzip model to {@code out}.
     */
    public static Trained train(Path conll, Path out, RussianMorphology morphology) {
        long start = System.nanoTime();
        List<NerEval.Document> docs = NerEval.read(conll);
        RussianNer ner = fit(docs, morphology);
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
                ner.write(o);
            }
            int tokens = docs.stream().mapToInt(d -> d.tokens().size()).sum();
            return new Trained(docs.size(), tokens, ner.features(), Files.size(out),
                    (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document-level k-fold cross-validation of the training recipe (documents shuffled with a fixed seed). */
    public static Evaluation crossValidate(Path conll, int folds) {
        return crossValidate(conll, folds, DEFAULT_SEED, null);
    }

    /**
     * Document-level k-fold cross-validation of the training recipe, documents shuffled with {@code seed} (which
     * documents share a fold moves the figure by up to 0.01 on factRuEval: compare recipes over a few seeds), with
     * {@code morphology}'s word classes as features when it is not null. Each fold's model is scored as it ships: on
     * the document's text, tokenized by the recognizer, and through the known organisations.
     */
    public static Evaluation crossValidate(Path conll, int folds, long seed, RussianMorphology morphology) {
        if (folds < 2) throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        long start = System.nanoTime();
        List<NerEval.Document> docs = new ArrayList<>(NerEval.read(conll));
        Collections.shuffle(docs, new Random(seed));
        List<List<String>> predicted = new ArrayList<>(Collections.nCopies(docs.size(), null));
        for (int k = 0; k < folds; k++) {
            List<NerEval.Document> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds == k) test.add(d);
                else train.add(docs.get(d));
            }
            // scored as it ships: the model read through the list of known organisations, on the document's text
            EntityRecognizer shipped = KnownOrganisations.after(fit(train, morphology), false);
            for (int d : test) predicted.set(d, NerEval.tags(docs.get(d), shipped.recognize(docs.get(d).text(), "ru")));
        }
        Map<NerEval.Document, Integer> index = new IdentityHashMap<>();
        for (int d = 0; d < docs.size(); d++) index.put(docs.get(d), d);
        NerScores scores = NerEval.score(docs, doc -> predicted.get(index.get(doc))).withoutMisc();
        return new Evaluation(scores, docs.size(), folds, (System.nanoTime() - start) / 1e9);
    }

    /** A document's tokens cut into its sentences. */
    static List<List<String>> sentences(NerEval.Document doc) {
        return cut(doc, doc.tokens());
    }

    /** A document's gold tags cut into its sentences. */
    static List<List<String>> goldTags(NerEval.Document doc) {
        return cut(doc, doc.tags());
    }

    private static List<List<String>> cut(NerEval.Document doc, List<String> values) {
        List<Integer> starts = doc.sentenceStarts();
        List<List<String>> out = new ArrayList<>(starts.size());
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : values.size();
            out.add(values.subList(starts.get(s), end));
        }
        return out;
    }

    /**
     * Trains both passes. The second pass must learn how far to trust first-pass tags as they will be at run
     * time, on unseen text, so its training documents get first-pass tags from models that did not see them
     * (jackknifing over {@link #INNER_FOLDS} folds); the shipped first pass is then trained on everything.
     */
    static RussianNer fit(List<NerEval.Document> docs, RussianMorphology morphology) {
        RussianNerFeatures features = new RussianNerFeatures(RussianLexicon.bundled(), morphology);
        List<List<List<String>>> words = new ArrayList<>();
        List<List<List<String[]>>> base = new ArrayList<>();
        for (NerEval.Document doc : docs) {
            List<List<String>> w = sentences(doc);
            words.add(w);
            base.add(features.extract(w));
        }
        List<List<List<String[]>>> stacked = new ArrayList<>(Collections.nCopies(docs.size(), null));
        for (int k = 0; k < INNER_FOLDS; k++) {
            List<Integer> held = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) (d % INNER_FOLDS == k ? held : rest).add(d);
            PerceptronTagger first = train(docs, base, rest);
            for (int d : held) {
                stacked.set(d, RussianNerFeatures.withFirstPass(words.get(d), base.get(d),
                        RussianNer.tagAll(first, base.get(d))));
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) all.add(d);
        return new RussianNer(train(docs, base, all), train(docs, stacked, all), morphology);
    }

    private static PerceptronTagger train(List<NerEval.Document> docs,
                                          List<List<List<String[]>>> features, List<Integer> use) {
        List<PerceptronTraining.Sentence> data = new ArrayList<>();
        for (int d : use) {
            List<List<String>> gold = goldTags(docs.get(d));
            for (int s = 0; s < gold.size(); s++) {
                data.add(new PerceptronTraining.Sentence(features.get(d).get(s), gold.get(s).toArray(String[]::new)));
            }
        }
        return PerceptronTraining.train(data, LABELS, PerceptronTraining.Options.DEFAULT);
    }
}
