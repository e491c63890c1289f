package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.classify.Category;
import org.dateline.classify.CategoryTrainer;
import org.dateline.classify.LabeledText;
import org.dateline.classify.TrainingData;
import org.dateline.eval.CategoriesEval;
import org.dateline.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dateline eval categories FILE.jsonl}: the shipped categorizer scored per language, or with
 * {@code --cv K} the training procedure cross-validated on the file.
 */
@Command(name = "categories", mixinStandardHelpOptions = true,
        description = {"Classify each record of a categories_*.jsonl (id, lang, title, text, category) into the "
                + "Telegram contest's categories; print accuracy, macro-F1 (gold classes), not_news F1 per language.",
                "With --cv K: K-fold cross-validation of the training procedure (seeds + UCI headlines + the other "
                        + "folds) instead of the shipped model, which was trained on the tgcontest files."})
final class EvalCategoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--json", description = "Print one JSON object keyed by language.") boolean json;
    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate the training procedure with K folds.")
    Integer folds;
    @Option(names = "--uci", paramLabel = "FILE", description = "UCI headlines for --cv training "
            + "(default: ../uci_news_aggregator_stories/documents.jsonl next to FILE's folder, if present).")
    Path uci;
    @Option(names = "--no-uci", description = "With --cv: train without the UCI headlines.") boolean noUci;
    @Option(names = "--classes", description = "Also print F1 per gold class.") boolean perClass;
    @Option(names = "--train-options", hidden = true, paramLabel = "E,RATE,L2,MINDOCS,BALANCE[,avg|-[,DECAY]]",
            description = "With --cv: trainer options other than the recipe's (for tuning).")
    String trainOptions;

    @Override
    public Integer call() {
        EvalCommand.requireFile(file);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, CategoriesEval.Scores> scores;
        String note;
        if (folds == null) {
            scores = CategoriesEval.run(file);
            note = "shipped model (trained on the tgcontest files too: use --cv K for an unbiased estimate)";
        } else {
            List<LabeledText> extra = new ArrayList<>(TrainingData.seeds());
            Path u = noUci ? null : uci != null ? uci : defaultUci(file);
            if (u != null) extra.addAll(TrainingData.uci(u));
            CategoryTrainer.Options o = CategoryTrainer.Options.DEFAULT;
            if (trainOptions != null) {
                String[] v = trainOptions.split(",");
                o = o.withTraining(Integer.parseInt(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        Integer.parseInt(v[3]), Double.parseDouble(v[4]), v.length > 5 && v[5].equals("avg"),
                        v.length > 6 ? Double.parseDouble(v[6]) : 0);
            }
            scores = CategoriesEval.crossValidate(file, folds, extra, o);
            note = folds + "-fold cross-validation; training = seeds" + (u == null ? "" : " + " + u) + " + other folds";
        }
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            scores.forEach((lang, s) -> {
                ObjectNode l = o.putObject(lang);
                l.put("accuracy", EvalCommand.round(s.accuracy())).put("macro_f1", EvalCommand.round(s.macroF1()))
                        .put("n", s.n()).put("not_news_f1", EvalCommand.round(s.notNewsF1()));
                if (perClass) {
                    ObjectNode c = l.putObject("f1");
                    s.perClass().forEach((k, v) -> c.put(k.label(), EvalCommand.round(v)));
                }
            });
            out.println(Json.write(o));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        scores.forEach((lang, s) -> rows.add(List.of(lang, EvalCommand.f(s.accuracy()), EvalCommand.f(s.macroF1()),
                EvalCommand.f(s.notNewsF1()), String.valueOf(s.n()), Double.isNaN(s.docsPerSecond()) ? "-" : String.format("%.0f", s.docsPerSecond()))));
        Terminal.table(out, List.of("LANG", "ACCURACY", "MACRO-F1", "NOT_NEWS-F1", "N", "DOCS/S"), rows);
        if (perClass) {
            scores.forEach((lang, s) -> {
                StringBuilder sb = new StringBuilder(lang + " F1:");
                for (Map.Entry<Category, Double> e : s.perClass().entrySet()) {
                    sb.append(String.format(" %s=%.2f", e.getKey().label(), e.getValue()));
                }
                out.println(sb);
            });
        }
        out.println(note);
        return 0;
    }

    private static Path defaultUci(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) return null;
        Path p = dir.getParent().resolve(TrainingData.UCI_FILE);
        return Files.isRegularFile(p) ? p : null;
    }
}
