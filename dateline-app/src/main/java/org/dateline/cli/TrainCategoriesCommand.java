package org.dateline.cli;

import org.dateline.classify.Categorizer;
import org.dateline.classify.CategoryTrainer;
import org.dateline.classify.LabeledText;
import org.dateline.classify.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dateline eval train-categories}: rebuilds the shipped categorizer model from its recipe
 * ({@link TrainingData#recipe}). Hidden: a maintainer's tool, run from the repository root.
 */
@Command(name = "train-categories", hidden = true, mixinStandardHelpOptions = true,
        description = "Rebuild the bundled category model from the project's seeds and the shared eval files.")
final class TrainCategoriesCommand implements Callable<Integer> {

    static final Path DEFAULT_OUT = Path.of("dateline-core/src/main/resources/org/dateline/classify", Categorizer.BUNDLED);

    @Spec
    CommandSpec spec;
    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared/eval",
            description = "The shared evaluation folder (default: ${DEFAULT-VALUE}).")
    Path shared;
    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: the bundled resource).")
    Path out = DEFAULT_OUT;

    @Override
    public Integer call() {
        if (!Files.isDirectory(shared)) throw new IllegalArgumentException(shared + ": no such folder");
        PrintWriter w = spec.commandLine().getOut();
        List<LabeledText> examples = TrainingData.recipe(shared);
        CategoryTrainer.Options o = CategoryTrainer.Options.DEFAULT;
        List<String> notes = List.of(
                "recipe: seeds_en.tsv + seeds_ru.tsv + " + String.join(" + ", TrainingData.CONTEST_FILES) + " + "
                        + TrainingData.UCI_FILE + " (weight " + TrainingData.UCI_WEIGHT + ", story cap "
                        + TrainingData.UCI_STORY_CAP + "); contest articles " + TrainingData.ARTICLE_SHARE
                        + " of each language's weight",
                "options: " + o,
                "examples: " + examples.size());
        Categorizer model = CategoryTrainer.train(examples, o, notes);
        model.write(out);
        w.printf("%d examples, %d weight rows -> %s (%d bytes)%n", examples.size(), model.features(), out,
                sizeOf(out));
        return 0;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
