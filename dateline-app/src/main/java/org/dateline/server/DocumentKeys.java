package org.dateline.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which article each client document key ({@code PUT /api/documents/{key}}) became. The engine derives
 * an article's id from its URL or text, so a new version of a document without a URL gets a new id;
 * this map lets the server replace the old article. Kept in {@code <data>/api-documents.properties},
 * rewritten atomically; callers hold the server's write lock.
 */
final class DocumentKeys {

    static final String FILE = "api-documents.properties";

    private final Path file;
    private final Map<String, String> articleOfKey = new TreeMap<>();

    DocumentKeys(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> articleOfKey.put(k, p.getProperty(k)));
        }
    }

    Optional<String> article(String key) {
        return Optional.ofNullable(articleOfKey.get(key));
    }

    void put(String key, String articleId) {
        articleOfKey.put(key, articleId);
    }

    void removeArticle(String articleId) {
        articleOfKey.values().removeIf(articleId::equals);
    }

    /** Writes the map (to a temporary file, then moved over the old one). */
    void save() {
        Properties p = new Properties();
        p.putAll(articleOfKey);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Dateline API: client document key = article id");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
