package org.dateline.analyze.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds and measures {@link RussianNer}'s model from a CoNLL file in IOB2 with PER / ORG / LOC
 * (factRuEval-2016's {@code ner.conll}). Cross-validation splits by document, so no document's names are
 * seen in training and test at once, and scores exact span + type per entity, as conlleval does.
 */
public final class RussianNerTrainer {

    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"};
    /** Where {@code eval train-ner-ru} writes by default, relative to the repository root. */
    public static final Path BUNDLED_MODEL =
            Path.of("dateline-core/src/main/resources/org/dateline/analyze/entity", RussianNer.MODEL);

    /** Folds of the jackknife that gives the second pass realistic first-pass tags to learn from. */
    private static final int INNER_FOLDS = 4;

    private RussianNerTrainer() {
    }

    /** Entity counts and the precision, recall and F1 they give. */
    public record Prf(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** Cross-validated scores per type (PER, ORG, LOC) and micro-averaged over all entities. */
    public record Evaluation(Map<String, Prf> byType, Prf micro, int docs, int folds, double seconds) {
    }

    /** What training produced: the model's size and how long it took. */
    public record Trained(int docs, int tokens, int features, long bytes, double seconds) {
    }

    /** Trains on every document of {@code conll} and writes the gzip model to {@code out}. */
    public static Trained train(Path conll, Path out) {
        long start = System.nanoTime();
        List<List<ConllNerCorpus.Sentence>> docs = ConllNerCorpus.read(conll);
        RussianNer ner = fit(docs);
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
                ner.write(o);
            }
            int tokens = docs.stream().flatMap(List::stream).mapToInt(s -> s.tokens().size()).sum();
            return new Trained(docs.size(), tokens, ner.features(), Files.size(out),
                    (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document-level k-fold cross-validation of the training recipe (documents shuffled with a fixed seed). */
    public static Evaluation crossValidate(Path conll, int folds) {
        if (folds < 2) throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        long start = System.nanoTime();
        List<List<ConllNerCorpus.Sentence>> docs = new ArrayList<>(ConllNerCorpus.read(conll));
        Collections.shuffle(docs, new Random(7));
        ConllSpanScore score = new ConllSpanScore();
        for (int k = 0; k < folds; k++) {
            List<List<ConllNerCorpus.Sentence>> train = new ArrayList<>();
            List<List<ConllNerCorpus.Sentence>> test = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) (d % folds == k ? test : train).add(docs.get(d));
            RussianNer ner = fit(train);
            for (List<ConllNerCorpus.Sentence> doc : test) {
                List<String[]> predicted = ner.tag(doc.stream().map(ConllNerCorpus.Sentence::tokens).toList());
                for (int s = 0; s < doc.size(); s++) score.add(doc.get(s).tags(), List.of(predicted.get(s)));
            }
        }
        Map<String, Prf> byType = new TreeMap<>(score.byType());
        Prf micro = byType.values().stream().reduce(new Prf(0, 0, 0), Prf::plus);
        return new Evaluation(byType, micro, docs.size(), folds, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Trains both passes. The second pass must learn how far to trust first-pass tags as they will be at run
     * time, on unseen text, so its training documents get first-pass tags from models that did not see them
     * (jackknifing over {@link #INNER_FOLDS} folds); the shipped first pass is then trained on everything.
     */
    static RussianNer fit(List<List<ConllNerCorpus.Sentence>> docs) {
        RussianNerFeatures features = new RussianNerFeatures(RussianLexicon.bundled());
        List<List<List<String>>> words = new ArrayList<>();
        List<List<List<String[]>>> base = new ArrayList<>();
        for (List<ConllNerCorpus.Sentence> doc : docs) {
            List<List<String>> w = doc.stream().map(ConllNerCorpus.Sentence::tokens).toList();
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
        return new RussianNer(train(docs, base, all), train(docs, stacked, all));
    }

    private static PerceptronTagger train(List<List<ConllNerCorpus.Sentence>> docs,
                                          List<List<List<String[]>>> features, List<Integer> use) {
        List<PerceptronTraining.Sentence> data = new ArrayList<>();
        for (int d : use) {
            for (int s = 0; s < docs.get(d).size(); s++) {
                data.add(new PerceptronTraining.Sentence(features.get(d).get(s),
                        docs.get(d).get(s).tags().toArray(String[]::new)));
            }
        }
        return PerceptronTraining.train(data, LABELS, PerceptronTraining.Options.DEFAULT);
    }
}
