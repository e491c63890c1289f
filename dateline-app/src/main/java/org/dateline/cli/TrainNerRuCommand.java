package org.dateline.cli;

import org.dateline.analyze.entity.RussianMorphology;
import org.dateline.analyze.entity.RussianNerTrainer;
import org.dateline.eval.NerScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dateline eval train-ner-ru FILE}: rebuilds the bundled Russian NER model from a CoNLL file
 * (factRuEval-2016's {@code ner.conll}), or with {@code --cv K} measures the recipe by document-level
 * cross-validation instead. With {@code --morphology} both use the installed Russian dictionary's word classes
 * ({@code dateline-nlp-morph-ru}) and the model goes to that module. Hidden: a maintainer's tool, run from the
 * repository root.
 */
@Command(name = "train-ner-ru", hidden = true, mixinStandardHelpOptions = true,
        description = "Rebuild the bundled Russian NER model from a CoNLL file, or cross-validate the recipe with --cv.")
final class TrainNerRuCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "CoNLL file, IOB2 tags PER/ORG/LOC, -DOCSTART- between documents.")
    Path file;
    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate over K document folds; writes no model.")
    Integer folds;
    @Option(names = "--out", paramLabel = "PATH", description = "Model file to write (default: the bundled resource).")
    Path out;
    @Option(names = "--morphology", description = "Use the installed Russian dictionary's word classes as features "
            + "(the model then goes to the dictionary's module).")
    boolean morphology;
    @Option(names = "--seed", paramLabel = "N", description = "Seed that shuffles the documents into folds (default: 7).")
    long seed = RussianNerTrainer.DEFAULT_SEED;

    @Override
    public Integer call() {
        file = EvalCommand.dataFile(file, "conll");
        PrintWriter w = spec.commandLine().getOut();
        RussianMorphology dictionary = null;
        if (morphology) {
            dictionary = RussianMorphology.installed().orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--morphology: no Russian dictionary on the class path (dateline-nlp-morph-ru)"));
        }
        if (folds != null) {
            RussianNerTrainer.Evaluation e = RussianNerTrainer.crossValidate(file, folds, seed, dictionary);
            List<List<String>> rows = new ArrayList<>();
            e.scores().perType().forEach((type, c) -> rows.add(row(type, c)));
            rows.add(row("micro", e.scores().overall()));
            Terminal.table(w, List.of("TYPE", "PRECISION", "RECALL", "F1", "GOLD"), rows);
            w.printf("%d documents, %d folds by document (seed %d%s), exact span + type (%.1f s)%n", e.docs(), e.folds(),
                    seed, morphology ? ", with the dictionary's word classes" : "", e.seconds());
            return 0;
        }
        if (out == null) out = morphology ? RussianNerTrainer.BUNDLED_MORPHOLOGY_MODEL : RussianNerTrainer.BUNDLED_MODEL;
        RussianNerTrainer.Trained t = RussianNerTrainer.train(file, out, dictionary);
        w.printf("%d documents, %d tokens, %d features -> %s (%d bytes, %.1f s)%n", t.docs(), t.tokens(), t.features(),
                out, t.bytes(), t.seconds());
        return 0;
    }

    private static List<String> row(String name, NerScores.Counts c) {
        return List.of(name, EvalCommand.f(c.precision()), EvalCommand.f(c.recall()), EvalCommand.f(c.f1()),
                String.valueOf(c.gold()));
    }
}
