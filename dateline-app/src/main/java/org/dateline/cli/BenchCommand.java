package org.dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.bench.AnalysisBench;
import org.dateline.bench.IngestBench;
import org.dateline.bench.StoriesBench;
import org.dateline.bench.SyntheticCorpus;
import org.dateline.eval.ClusterScores;
import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline bench ...}: throughput and memory, measured on generated input. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput (docs/s) and peak heap on generated input.",
        subcommands = {BenchCommand.Stories.class, BenchCommand.Ingest.class, BenchCommand.Analysis.class, BenchApiCommand.class,
                BenchKafkaCommand.class, BenchOpenSearchCommand.class})
final class BenchCommand {

    /** One line of progress, rewritten in place, on a terminal and only for table output. */
    static java.util.function.Consumer<String> progress(PrintWriter err, boolean json) {
        return line -> {
            if (!json && Terminal.interactive()) {
                err.print("\r" + line + "          ");
            } else {
                // a log or a pipe gets one line per step, so a long run shows where it is
                err.println(line);
            }
            err.flush();
        };
    }

    static void clearProgress(PrintWriter err) {
        if (Terminal.interactive()) err.print("\r" + " ".repeat(70) + "\r");
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Normalize → assign → index → commit on N generated articles in a fresh store.")
    static final class Stories implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DataOptions data;
        @Option(names = "--docs", defaultValue = "10000", description = "How many articles (default: ${DEFAULT-VALUE}).") int docs;
        @Option(names = "--no-vectors", description = "Lexical mode: no sentence embeddings (story.vectors=false).") boolean noVectors;
        @Option(names = "--reference", arity = "0..1", fallbackValue = "5000", paramLabel = "N",
                description = "Also run Carrot2 (Lingo, batch) on the first N generated documents (default 5000; it holds them all "
                        + "in memory at once) and print its speed and B-cubed F1 beside Dateline's on the same documents.")
        Integer reference;
        @Option(names = "--warmup", defaultValue = "50000", paramLabel = "N",
                description = "First run N other generated articles through a store that is then deleted, so the curve's first "
                        + "slices measure the engine and not the JIT compiling it (default: ${DEFAULT-VALUE}; 0: none).") int warmup;
        @Option(names = "--json", description = "Print one JSON object.") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (warmup < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must be 0 or more");
            if (noVectors) data.overrides.put("story.vectors", "false");
            StoriesBench.Result r = StoriesBench.run(docs, warmup, data.config(), progress(err, json));
            int compared = reference == null ? docs : Math.min(docs, Math.max(1, reference));
            ClusterScores quality = r.quality(compared);
            Carrot2Reference.Result carrot = null;
            if (reference != null) {
                if (!json) err.print("\rCarrot2 Lingo on " + compared + " documents…");
                List<RawDocument> input = StoriesBench.corpus(compared);
                carrot = Carrot2Reference.run(input.stream().map(d -> d.fields().getOrDefault("title", "")).toList(),
                        input.stream().map(RawDocument::content).toList(),
                        input.stream().map(d -> d.fields().get(SyntheticCorpus.EVENT_FIELD)).toList());
            }
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("docs", r.docs()).put("warmup_docs", warmup).put("docs_per_s", Math.round(r.docsPerSecond() * 10) / 10.0).put("heap_mb", r.heapMb())
                        .put("live_heap_mb", r.liveHeapMb()).put("stories", r.stories()).put("vectors", r.vectors());
                o.putObject("bcubed").put("docs", compared).put("precision", round3(quality.bcubed().precision()))
                        .put("recall", round3(quality.bcubed().recall())).put("f1", round3(quality.bcubed().f1()));
                if (r.vectors()) o.put("embeddings_reused", r.embeddingsReused());
                if (r.ceiling() != null) {
                    o.putObject("model_alone").put("threads", r.ceiling().threads())
                            .put("texts_per_s", Math.round(r.ceiling().textsPerSecond() * 10) / 10.0)
                            .put("docs_per_s_ceiling", Math.round(r.ceiling().docsPerSecond() * 10) / 10.0);
                }
                if (carrot != null) {
                    o.putObject("reference").put("engine", "carrot2-lingo").put("docs", compared)
                            .put("docs_per_s", Math.round(compared / Math.max(1e-9, carrot.seconds()) * 10) / 10.0)
                            .put("bcubed_f1", round3(carrot.scores().bcubed().f1()));
                }
                ArrayNode curve = o.putArray("curve");
                for (StoriesBench.Slice s : r.curve()) {
                    ObjectNode slice = curve.addObject().put("stored", s.to()).put("docs_per_s", Math.round(s.docsPerSecond() * 10) / 10.0)
                            .put("cpu_ms_per_doc", Math.round(s.cpuMsPerDoc() * 100) / 100.0);
                    if (!s.stageCpuMsPerDoc().isEmpty()) {
                        ObjectNode stages = slice.putObject("cpu_ms_per_doc_by_stage");
                        s.stageCpuMsPerDoc().forEach((stage, ms) -> stages.put(stage, Math.round(ms * 100) / 100.0));
                    }
                    slice.put("live_heap_mb", s.liveHeapMb());
                }
                out.println(Json.write(o));
                return 0;
            }
            clearProgress(err);
            List<List<String>> rows = new ArrayList<>();
            // one column per stage any slice reports, in the order the stages are listed
            List<String> stages = r.curve().stream().flatMap(s -> s.stageCpuMsPerDoc().keySet().stream()).distinct().toList();
            for (StoriesBench.Slice s : r.curve()) {
                List<String> row = new ArrayList<>(List.of(s.from() + "–" + s.to(), String.format("%.1f", s.docsPerSecond()),
                        String.format("%.2f", s.cpuMsPerDoc())));
                for (String stage : stages) {
                    Double ms = s.stageCpuMsPerDoc().get(stage);
                    row.add(ms == null ? "–" : String.format("%.2f", ms));
                }
                row.add(Long.toString(s.liveHeapMb()));
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of("STORED", "DOCS/S", "CPU MS/DOC"));
            stages.forEach(stage -> header.add(stage.toUpperCase(java.util.Locale.ROOT)));
            header.add("LIVE HEAP MB");
            Terminal.table(out, header, rows);
            out.printf("%d articles (%s): %.1f docs/s overall, %d stories, peak heap %d MB (live after GC %d MB)%n", r.docs(),
                    r.vectors() ? "with sentence embeddings" : "lexical, no embeddings", r.docsPerSecond(), r.stories(), r.heapMb(),
                    r.liveHeapMb());
            out.printf("B-cubed on the generated events (%d documents): P %.3f R %.3f F1 %.3f%n", compared,
                    quality.bcubed().precision(), quality.bcubed().recall(), quality.bcubed().f1());
            if (r.vectors()) {
                out.printf("%d articles were word-for-word copies of a text embedded shortly before and took its vector%n",
                        r.embeddingsReused());
            }
            if (r.ceiling() != null) {
                out.printf("The embedding model alone on %d threads: %.1f texts/s, so at most %.1f docs/s on this stream "
                        + "(only texts in a language it knows are embedded, and here each one by the model: a copy that takes its original's "
                        + "vector costs less)%n", r.ceiling().threads(), r.ceiling().textsPerSecond(),
                        r.ceiling().docsPerSecond());
            }
            if (carrot != null) {
                out.printf("Carrot2 Lingo on the same %d documents (batch): %.1f docs/s, B-cubed F1 %.3f%n", compared,
                        compared / Math.max(1e-9, carrot.seconds()), carrot.scores().bcubed().f1());
            }
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Read + normalize N generated documents in each input format.")
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--docs", defaultValue = "10000", description = "Documents per format (default: ${DEFAULT-VALUE}).") int docs;
        @Option(names = "--json", description = "Print one JSON object keyed by format.") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<IngestBench.FormatResult> results = IngestBench.run(docs, progress(err, json));
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                for (IngestBench.FormatResult r : results) {
                    o.putObject(r.format()).put("docs", r.docs()).put("problems", r.problems())
                            .put("docs_per_s", Math.round(r.docsPerSecond() * 10) / 10.0).put("heap_mb", r.heapMb());
                }
                out.println(Json.write(o));
                return 0;
            }
            clearProgress(err);
            List<List<String>> rows = new ArrayList<>();
            for (IngestBench.FormatResult r : results) {
                rows.add(List.of(r.format(), String.valueOf(r.docs()), String.valueOf(r.problems()),
                        String.format("%.0f", r.docsPerSecond()), String.valueOf(r.heapMb())));
            }
            Terminal.table(out, List.of("FORMAT", "DOCS", "PROBLEMS", "DOCS/S", "PEAK HEAP MB"), rows);
            return 0;
        }
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "The deep path (entities, quotes, dates, events) on N generated news-length articles per language.")
    static final class Analysis implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--docs", defaultValue = "300", description = "Articles per language (default: ${DEFAULT-VALUE}).") int docs;
        @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).") int threads;
        @Option(names = "--json", description = "Print one JSON object keyed by language.") boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<AnalysisBench.LanguageResult> results = AnalysisBench.run(docs, threads, progress(err, json));
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                for (AnalysisBench.LanguageResult r : results) {
                    o.putObject(r.language()).put("recognizer", r.recognizer()).put("docs", r.docs())
                            .put("words_per_doc", r.words() / Math.max(1, r.docs()))
                            .put("docs_per_s", Math.round(r.docsPerSecond() * 10) / 10.0)
                            .put("words_per_s", Math.round(r.wordsPerSecond())).put("heap_mb", r.peakHeapMb())
                            .put("load_s", Math.round(r.loadSeconds() * 10) / 10.0).put("threads", threads)
                            .put("warm_up_docs", AnalysisBench.WARM_UP)
                            .put("entities", r.entities()).put("quotes", r.quotes()).put("events", r.events());
                }
                out.println(Json.write(o));
                return 0;
            }
            clearProgress(err);
            List<List<String>> rows = new ArrayList<>();
            for (AnalysisBench.LanguageResult r : results) {
                rows.add(List.of(r.language(), r.recognizer(), String.valueOf(r.docs()), String.valueOf(r.words() / Math.max(1, r.docs())),
                        String.format("%.1f", r.docsPerSecond()), String.format("%.0f", r.wordsPerSecond()),
                        String.valueOf(r.peakHeapMb()), String.format("%.1f", r.loadSeconds())));
            }
            Terminal.table(out, List.of("LANG", "RECOGNIZER", "DOCS", "WORDS/DOC", "DOCS/S", "WORDS/S", "PEAK HEAP MB", "LOAD S"), rows);
            out.printf("%d threads; entities, quotes, dates and events per article; model loading and %d warm-up articles "
                    + "per language timed apart%n", threads, AnalysisBench.WARM_UP);
            return 0;
        }
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
