package io.lodestone.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write. Reading stays open; every write needs a bearer token.
 *
 * @param adminToken   the admin's token (LODESTONE_SECURITY_ADMINTOKEN): re-imports, and everything an
 *                     editor may do; blank = no admin
 * @param editorTokens the editors' tokens (LODESTONE_SECURITY_EDITORTOKENS), comma-separated, each
 *                     {@code name:token} (the name is recorded in the audit log as who wrote) or a bare
 *                     {@code token} (recorded as {@code editor-} + the first 8 hex characters of its
 *                     SHA-256); they ingest documents and review candidate facts
 */
@ConfigurationProperties(prefix = "lodestone.security")
public record SecurityProperties(@DefaultValue("") String adminToken, @DefaultValue List<String> editorTokens) {
}
