package io.lodestone.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Guards the endpoints that write to the graph. They take a bearer token from configuration
 * ({@code lodestone.security.admin-token}); without one configured they are disabled, not open.
 */
@Component
public class WriteAccess {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    @Autowired
    WriteAccess(SecurityProperties properties) {
        this(properties.adminToken());
    }

    WriteAccess(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** @param authorization the request's Authorization header, may be null */
    public void check(String authorization) {
        if (token == null) {
            throw new WriteAccessDeniedException(true,
                    "Write endpoints are disabled: no admin token is configured. Set lodestone.security.admin-token"
                            + " (LODESTONE_SECURITY_ADMINTOKEN) and send it as 'Authorization: Bearer <token>'.");
        }
        // The scheme name is case-insensitive (RFC 9110); the token is compared in constant time.
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new WriteAccessDeniedException(false,
                    "This endpoint writes to the graph and needs 'Authorization: Bearer <admin token>'.");
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            throw new WriteAccessDeniedException(false, "The bearer token is not the configured admin token.");
        }
    }
}
