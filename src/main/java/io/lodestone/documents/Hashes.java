package io.lodestone.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Document ids come from their text: {@code document:} + the first 16 hex characters of its SHA-256. */
final class Hashes {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}");

    private Hashes() {
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String id(String contentHash) {
        return DocumentFiles.PREFIX + contentHash.substring(0, 16);
    }

    static boolean isKey(String key) {
        return KEY.matcher(key).matches();
    }

    static boolean isId(String id) {
        return id != null && id.startsWith(DocumentFiles.PREFIX) && isKey(id.substring(DocumentFiles.PREFIX.length()));
    }
}
