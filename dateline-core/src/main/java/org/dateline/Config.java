package org.dateline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Dateline's settings: bundled defaults ({@code dateline.properties} beside this class), overlaid by
 * {@code dateline.properties} in the data directory, overlaid by explicit overrides (CLI flags).
 */
public final class Config {

    public static final String FILE_NAME = "dateline.properties";
    private final Properties values;

    private Config(Properties values) {
        this.values = values;
    }

    public static Config defaults() {
        Properties p = new Properties();
        try (InputStream in = Config.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) throw new IllegalStateException("bundled " + FILE_NAME + " is missing");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Config(p);
    }

    /** Defaults, then the data directory's file if present, then {@code overrides}. */
    public static Config load(Path dataDir, Map<String, String> overrides) {
        Config c = defaults();
        Path file = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                c.values.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": unreadable settings file: " + e.getMessage(), e);
            }
        }
        c.values.putAll(overrides);
        return c;
    }

    public String get(String key) {
        String v = values.getProperty(key);
        if (v == null) throw new IllegalArgumentException("unknown setting " + key);
        return v.strip();
    }

    public double getDouble(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a number, not '" + get(key) + "'", e);
        }
    }

    public boolean getBoolean(String key) {
        String v = get(key).toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) return true;
        if (v.equals("false") || v.equals("no") || v.equals("off")) return false;
        throw new IllegalArgumentException("setting " + key + " must be true or false, not '" + get(key) + "'");
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + get(key) + "'", e);
        }
    }
}
