package org.dateline.normalize;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who publishes what: outlets by domain, by wire-dateline marker and by name. The bundled file
 * ({@code outlets.json} beside this class) covers well-known outlets; users extend or override it with
 * files of the same format (later entries with the same id replace earlier ones).
 */
public final class OutletRegistry {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, Outlet> byId = new LinkedHashMap<>();
    private final Map<String, Outlet> byDomain = new LinkedHashMap<>();
    private final Map<String, Outlet> byMarker = new LinkedHashMap<>();
    private final Map<String, Outlet> byTelegram = new LinkedHashMap<>();

    private OutletRegistry() {
    }

    /** The bundled registry alone. */
    public static OutletRegistry bundled() {
        OutletRegistry registry = new OutletRegistry();
        try (InputStream in = OutletRegistry.class.getResourceAsStream("outlets.json")) {
            if (in == null) throw new IllegalStateException("bundled outlets.json is missing from the classpath");
            registry.addAll(JSON.readValue(in, new TypeReference<List<Outlet>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled outlets.json is unreadable", e);
        }
        return registry;
    }

    /** The bundled registry extended by the given files, in order. */
    public static OutletRegistry bundledPlus(Collection<Path> files) {
        OutletRegistry registry = bundled();
        for (Path file : files) registry.addAll(read(file));
        return registry;
    }

    /** The user's registry file kept in a data directory ({@code outlets.json}). */
    public static final String USER_FILE = "outlets.json";

    /** The bundled registry plus the user's entries kept in {@code dataDir}, if any. */
    public static OutletRegistry forDataDirectory(Path dataDir) {
        Path user = dataDir.resolve(USER_FILE);
        return Files.isRegularFile(user) ? bundledPlus(List.of(user)) : bundled();
    }

    public static List<Outlet> read(Path file) {
        try {
            return JSON.readValue(Files.readAllBytes(file), new TypeReference<List<Outlet>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a valid outlet registry (a JSON array of outlets): "
                    + e.getMessage(), e);
        }
    }

    private void addAll(List<Outlet> outlets) {
        for (Outlet o : outlets) {
            if (o.id() == null || o.name() == null) continue;
            Outlet replaced = byId.put(o.id(), o);
            if (replaced != null) {
                // An overriding entry answers only for what it declares itself.
                byDomain.values().removeIf(x -> x == replaced);
                byMarker.values().removeIf(x -> x == replaced);
                byTelegram.values().removeIf(x -> x == replaced);
            }
            for (String d : o.domains()) byDomain.put(d.toLowerCase(Locale.ROOT), o);
            for (String m : o.agencyMarkers()) byMarker.put(key(m), o);
            byMarker.putIfAbsent(key(o.name()), o);
            for (String t : o.telegram()) byTelegram.put(t.toLowerCase(Locale.ROOT), o);
        }
    }

    public Optional<Outlet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The outlet owning {@code host} or one of its parent domains ({@code www.}, sub-sites). */
    public Optional<Outlet> byHost(String host) {
        if (host == null) return Optional.empty();
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            Outlet o = byDomain.get(h);
            if (o != null) return Optional.of(o);
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) return Optional.empty();
            h = h.substring(dot + 1);
        }
    }

    /** The outlet a wire dateline marker ({@code TASS}, {@code Reuters}) or a source name refers to. */
    public Optional<Outlet> byMarker(String marker) {
        return marker == null ? Optional.empty() : Optional.ofNullable(byMarker.get(key(marker)));
    }

    public Optional<Outlet> byTelegramChannel(String channel) {
        return channel == null ? Optional.empty() : Optional.ofNullable(byTelegram.get(channel.toLowerCase(Locale.ROOT)));
    }

    public List<Outlet> all() {
        return new ArrayList<>(byId.values());
    }

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String key(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
