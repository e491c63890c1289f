package org.dateline.analyze.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL NER file ({@code TOKEN ... TAG} per line, blank lines between sentences, {@code -DOCSTART-}
 * between documents) into documents for {@link RussianNerTrainer}. Deliberately minimal and private to
 * training: replace with {@code org.dateline.eval.NerEval}'s reader once that exists.
 */
final class ConllNerCorpus {

    /** One sentence: tokens and their IOB2 tags. */
    record Sentence(List<String> tokens, List<String> tags) {
    }

    private ConllNerCorpus() {
    }

    static List<List<Sentence>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<Sentence>> docs = new ArrayList<>();
        List<Sentence> doc = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.strip().split("\\s+");
            boolean blank = line.isBlank();
            boolean docStart = !blank && cols[0].equals("-DOCSTART-");
            if ((blank || docStart) && !tokens.isEmpty()) {
                doc.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
                tokens.clear();
                tags.clear();
            }
            if (docStart && !doc.isEmpty()) {
                docs.add(doc);
                doc = new ArrayList<>();
            }
            if (blank || docStart) continue;
            if (cols.length < 2) throw new IllegalArgumentException(file + ": no tag on line \"" + line + "\"");
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        if (!tokens.isEmpty()) doc.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
        if (!doc.isEmpty()) docs.add(doc);
        return docs;
    }
}
