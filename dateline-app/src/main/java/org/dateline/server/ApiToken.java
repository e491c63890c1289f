package org.dateline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token write requests must carry: given ({@code --token}), else {@code DATELINE_TOKEN},
 * else kept in {@code <data>/api-token}, else generated once (32 random bytes, hex) and kept there
 * readable by the owner only.
 */
public record ApiToken(String value, Source source) {

    public enum Source { OPTION, ENVIRONMENT, FILE, GENERATED }

    public static final String FILE = "api-token";
    public static final String ENV = "DATELINE_TOKEN";

    public ApiToken {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("the API token is empty");
        if (value.length() < 16) throw new IllegalArgumentException("the API token is too short (16 characters at least)");
    }

    public static ApiToken resolve(String option, String environment, Path dataDir) {
        if (option != null && !option.isBlank()) return new ApiToken(option.strip(), Source.OPTION);
        if (environment != null && !environment.isBlank()) return new ApiToken(environment.strip(), Source.ENVIRONMENT);
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return new ApiToken(Files.readString(file, StandardCharsets.UTF_8).strip(), Source.FILE);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            Files.createDirectories(dataDir);
            write(file, token);
            return new ApiToken(token, Source.GENERATED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API token " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String token) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): the file gets the directory's default access
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("created by someone else meanwhile", e);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Whether an {@code Authorization} header carries this token; compared in constant time. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
    }
}
