package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Byte-level checks shared by the readers: binary detection, strict UTF-8, hashing. */
final class Bytes {

    private Bytes() {
    }

    /** Decoding failed at a byte offset. */
    static final class InvalidText extends Exception {
        final long offset;

        InvalidText(long offset, String message) {
            super(message);
            this.offset = offset;
        }
    }

    /** NUL bytes or many control characters in the first bytes: not a text file. */
    static boolean looksBinary(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) control++;
        }
        return length > 0 && control * 10 > length;
    }

    /** Strict UTF-8 (a leading BOM dropped); the error names the byte offset of the first bad sequence. */
    static String utf8(byte[] bytes, int from, int to) throws InvalidText {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = from;
        if (to - from >= 3 && (bytes[from] & 0xff) == 0xEF && (bytes[from + 1] & 0xff) == 0xBB && (bytes[from + 2] & 0xff) == 0xBF) {
            start += 3;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate(to - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidText(in.position(), "invalid UTF-8 at byte " + in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) throw new InvalidText(in.position(), "invalid UTF-8 at byte " + in.position());
        out.flip();
        return out.toString();
    }

    static String sha256(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return sha256(b, 0, b.length);
    }

    static String sha256(byte[] bytes, int from, int to) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes, from, to - from);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
