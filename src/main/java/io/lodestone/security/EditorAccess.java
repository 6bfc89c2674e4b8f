package io.lodestone.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Guards the endpoints that write as an editor (ingest, accept, reject, merge): the request must
 * carry an editor token or the admin token. A controller calls {@link #requireEditor} with the
 * Authorization header first and records the returned {@link Editor} as who wrote.
 */
@Component
public class EditorAccess {

    private record Token(String name, byte[] secret, boolean admin) {
    }

    private final List<Token> tokens = new ArrayList<>();

    EditorAccess(SecurityProperties properties) {
        if (properties.adminToken() != null && !properties.adminToken().isBlank()) {
            tokens.add(new Token("admin", bytes(properties.adminToken().strip()), true));
        }
        for (String entry : properties.editorTokens()) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String value = entry.strip();
            int colon = value.indexOf(':');
            if (colon > 0 && colon < value.length() - 1) {
                tokens.add(new Token(value.substring(0, colon).strip(), bytes(value.substring(colon + 1).strip()), false));
            } else {
                tokens.add(new Token("editor-" + hashPrefix(value), bytes(value), false));
            }
        }
    }

    /**
     * @param authorization the request's Authorization header, may be null
     * @return the editor the token belongs to
     * @throws WriteAccessDeniedException 401 for a missing or unknown token; 403 when no token is configured at all
     */
    public Editor requireEditor(String authorization) {
        if (tokens.isEmpty()) {
            throw new WriteAccessDeniedException(true, "Editor token required",
                    "Writes are disabled: no editor or admin token is configured. Set lodestone.security.editor-tokens"
                            + " (LODESTONE_SECURITY_EDITORTOKENS) and send one as 'Authorization: Bearer <token>'.");
        }
        byte[] given = WriteAccess.bearer(authorization);
        if (given == null) {
            throw new WriteAccessDeniedException(false, "Editor token required",
                    "This endpoint writes and needs 'Authorization: Bearer <editor token>'.");
        }
        Token match = null;
        for (Token token : tokens) {
            // Compare with every token, in constant time each, so timing tells nothing about which matched.
            if (MessageDigest.isEqual(token.secret(), given) && match == null) {
                match = token;
            }
        }
        if (match == null) {
            throw new WriteAccessDeniedException(false, "Editor token required",
                    "The bearer token is not a configured editor or admin token.");
        }
        return new Editor(match.name(), match.admin());
    }

    private static byte[] bytes(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }

    private static String hashPrefix(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(token))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
