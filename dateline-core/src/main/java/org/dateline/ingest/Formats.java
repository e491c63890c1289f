package org.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sniffing formats from a file's first bytes. */
final class Formats {

    private Formats() {
    }

    /** The first bytes as lower-case text (non-UTF-8 bytes replaced), for cheap signature checks. */
    static String headText(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }
}
