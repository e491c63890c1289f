package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.classify.Category;
import org.dateline.classify.CategoryTrainer;
import org.dateline.classify.Features;
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
    @Option(names = "--repeats", paramLabel = "R", defaultValue = "1", description = "With --cv: repeat the "
            + "cross-validation R times (trainer seed and fold shuffle changed each time) and print mean and spread.")
    int repeats;
    @Option(names = "--train-options", hidden = true, paramLabel = "E,RATE,L2,MINDOCS,BALANCE[,avg|-[,DECAY]]",
            description = "With --cv: trainer options other than the recipe's (for tuning).")
    String trainOptions;
    @Option(names = "--features", hidden = true, paramLabel = "CHAIN=key=value;...",
            description = "With --cv: the features of a language chain ('*': the others) other than the recipe's, "
                    + "keys as the model file's features line, ';' between them (for tuning).")
    List<String> features;

    @Override
    public Integer call() {
        if (!Files.exists(file)) throw new IllegalArgumentException(file + ": no such file or folder");
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
            if (features != null) {
                for (String f : features) {
                    int eq = f.indexOf('=');
                    o = o.withFeatures(f.substring(0, eq), Features.Spec.parse(f.substring(eq + 1).replace(';', ',')));
                }
            }
            if (trainOptions != null) {
                String[] v = trainOptions.split(",");
                o = o.withTraining(Integer.parseInt(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        Integer.parseInt(v[3]), Double.parseDouble(v[4]), v.length > 5 && v[5].equals("avg"),
                        v.length > 6 ? Double.parseDouble(v[6]) : 0);
            }
            note = folds + "-fold cross-validation; training = seeds" + (u == null ? "" : " + " + u) + " + other folds";
            if (repeats > 1) {
                printRepeated(out, CategoriesEval.crossValidateRepeated(file, folds, extra, o, repeats),
                        note + "; " + repeats + " repeats (trainer seed and folds shuffled each time)");
                return 0;
            }
            scores = CategoriesEval.crossValidate(file, folds, extra, o);
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

    private void printRepeated(PrintWriter out, Map<String, List<CategoriesEval.Scores>> runs, String note) {
        if (json) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            runs.forEach((lang, list) -> {
                ObjectNode l = o.putObject(lang);
                l.put("n", list.get(0).n());
                spread(l.putObject("accuracy"), list.stream().map(CategoriesEval.Scores::accuracy).toList());
                spread(l.putObject("macro_f1"), list.stream().map(CategoriesEval.Scores::macroF1).toList());
                spread(l.putObject("not_news_f1"), list.stream().map(CategoriesEval.Scores::notNewsF1).toList());
            });
            out.println(Json.write(o));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        runs.forEach((lang, list) -> {
            CategoriesEval.Spread a = CategoriesEval.Spread.of(list.stream().map(CategoriesEval.Scores::accuracy).toList());
            CategoriesEval.Spread f = CategoriesEval.Spread.of(list.stream().map(CategoriesEval.Scores::macroF1).toList());
            CategoriesEval.Spread nn = CategoriesEval.Spread.of(list.stream().map(CategoriesEval.Scores::notNewsF1).toList());
            rows.add(List.of(lang, EvalCommand.f(a.mean()), EvalCommand.f(a.sd()), EvalCommand.f(a.min()) + "-" + EvalCommand.f(a.max()),
                    EvalCommand.f(f.mean()), EvalCommand.f(f.sd()), EvalCommand.f(nn.mean()), String.valueOf(list.get(0).n())));
        });
        Terminal.table(out, List.of("LANG", "ACCURACY", "SD", "MIN-MAX", "MACRO-F1", "SD", "NOT_NEWS-F1", "N"), rows);
        runs.forEach((lang, list) -> out.println(lang + " accuracy per repeat: " + String.join(" ",
                list.stream().map(s -> EvalCommand.f(s.accuracy())).toList())));
        if (perClass) {
            runs.forEach((lang, list) -> {
                StringBuilder sb = new StringBuilder(lang + " mean F1:");
                for (Category c : list.get(0).perClass().keySet()) {
                    sb.append(String.format(" %s=%.2f", c.label(),
                            list.stream().mapToDouble(s -> s.perClass().get(c)).average().orElse(0)));
                }
                out.println(sb);
                printConfusion(out, lang, list);
            });
        }
        out.println(note);
    }

    /** Gold rows, predicted columns, summed over the runs. */
    private static void printConfusion(PrintWriter out, String lang, List<CategoriesEval.Scores> runs) {
        Category[] all = Category.values();
        int k = all.length;
        List<String> header = new ArrayList<>(List.of(lang + " gold\\predicted"));
        for (int c = 0; c < k; c++) header.add(all[c].label());
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<String> row = new ArrayList<>(List.of(all[g].label()));
            int total = 0;
            for (int p = 0; p < k; p++) {
                int sum = 0;
                for (CategoriesEval.Scores s : runs) sum += s.confusion()[g][p];
                total += sum;
                row.add(String.valueOf(sum));
            }
            if (total > 0) rows.add(row);
        }
        Terminal.table(out, header, rows);
    }

    private static void spread(ObjectNode o, List<Double> values) {
        CategoriesEval.Spread s = CategoriesEval.Spread.of(values);
        o.put("mean", EvalCommand.round(s.mean())).put("sd", EvalCommand.round(s.sd()))
                .put("min", EvalCommand.round(s.min())).put("max", EvalCommand.round(s.max()));
    }

    private static Path defaultUci(Path file) {
        // FILE, or the folder of the set's files
        Path dir = Files.isDirectory(file) ? file.toAbsolutePath() : file.toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) return null;
        Path p = dir.getParent().resolve(TrainingData.UCI_FILE);
        return Files.isRegularFile(p) ? p : null;
    }
}
