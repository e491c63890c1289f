package org.dateline.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.TestData;
import org.dateline.model.RawDocument;
import org.dateline.normalize.OutletRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled sample corpus ({@code samples/corpus}) as raw documents, each with its gold story ({@code samples/gold.tsv}). */
final class SampleCorpus {

    /** A document, its name as gold.tsv spells it, and its gold story ("-": none). */
    record Doc(RawDocument raw, String name, String story, String lang) {
    }

    static final String JSONL = "feeds/wire-digest.jsonl";

    final Path samples;
    final List<Doc> docs = new ArrayList<>();

    SampleCorpus() {
        samples = samples();
        Path corpus = samples.resolve("corpus");
        try {
            Map<String, String[]> gold = new LinkedHashMap<>();
            List<String> lines = Files.readAllLines(samples.resolve("gold.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                gold.put(f[0], f);
            }
            Path feed = corpus.resolve(JSONL);
            ObjectMapper json = new ObjectMapper();
            List<String> feedLines = Files.readAllLines(feed, StandardCharsets.UTF_8);
            List<RawDocument> raws = TestData.sampleDocuments();
            for (RawDocument raw : raws) {
                String name;
                if (raw.origin().equals(feed.toString())) {
                    name = JSONL + "#" + json.readTree(feedLines.get((int) raw.position() - 1)).get("id").asText();
                } else {
                    name = corpus.relativize(Path.of(raw.origin())).toString().replace('\\', '/');
                }
                String[] g = gold.get(name);
                if (g == null) throw new IllegalStateException("no gold line for " + name);
                docs.add(new Doc(raw, name, g[1], g[2]));
            }
            if (docs.size() != gold.size()) throw new IllegalStateException(docs.size() + " documents read, gold has " + gold.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OutletRegistry outlets() {
        return OutletRegistry.bundledPlus(List.of(samples.resolve("outlets.json")));
    }

    List<RawDocument> raws() {
        return docs.stream().map(Doc::raw).toList();
    }

    static Path samples() {
        return TestData.samples();
    }
}
