package io.lodestone.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminToken the bearer token the write endpoints (re-import) require; without one they are
 *                   disabled, not open
 */
@ConfigurationProperties(prefix = "lodestone.security")
public record SecurityProperties(String adminToken) {
}
