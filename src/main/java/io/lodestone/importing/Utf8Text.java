package io.lodestone.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An import file's bytes as text, refused at the first sign that it is not UTF-8 text: a byte
 * order mark, bytes that are not UTF-8, or a control character (binary data, or UTF-16 without a
 * byte order mark). Counts lines as it goes, so the problem names the line it is on.
 */
final class Utf8Text extends Reader {

    /** The text ends here; {@code line} is where the problem is. */
    static final class NotText extends IOException {
        final long line;

        NotText(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean started;
    private boolean eof;
    private long line = 1;

    Utf8Text(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, eof);
            int end = out.position();
            // The characters decoded before a bad byte are counted first, so that its line is exact.
            check(buffer, offset, end);
            if (result.isError()) {
                throw new NotText(line, "is not valid UTF-8 (saved in another encoding?); save it as UTF-8");
            }
            if (end > offset) {
                return end - offset;
            }
            if (eof) {
                return -1;
            }
            fill();
        }
    }

    private void start() throws IOException {
        started = true;
        while (!eof && bytes.remaining() < 3) {
            fill();
        }
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            throw new NotText(1, "starts with a byte order mark; save it as UTF-8 without BOM");
        }
        if (startsWith(0xFE, 0xFF) || startsWith(0xFF, 0xFE)) {
            throw new NotText(1, "is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void check(char[] buffer, int from, int to) throws NotText {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\r' && c != '\t') {
                throw new NotText(line, String.format("contains the control character U+%04X"
                        + " (binary data, or a UTF-16 file?); save it as UTF-8 text", (int) c));
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
