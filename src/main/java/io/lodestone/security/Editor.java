package io.lodestone.security;

/**
 * Who is writing, as the audit log records it.
 *
 * @param name  the editor's configured name, {@code editor-<hash prefix>} for a bare token, or {@code admin}
 * @param admin true for the admin token
 */
public record Editor(String name, boolean admin) {
}
