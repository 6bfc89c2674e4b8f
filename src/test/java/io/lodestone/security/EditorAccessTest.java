package io.lodestone.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class EditorAccessTest {

    private final EditorAccess access = new EditorAccess(new SecurityProperties("the-admin",
            List.of("alice:alice-token", "bare-token", " ")));

    @Test
    void aNamedEditorTokenIsThatEditor() {
        assertThat(access.requireEditor("Bearer alice-token")).isEqualTo(new Editor("alice", false));
    }

    @Test
    void aBareTokenIsNamedByAPrefixOfItsHash() {
        Editor editor = access.requireEditor("bearer bare-token");
        assertThat(editor.name()).matches("editor-[0-9a-f]{8}").doesNotContain("bare");
        assertThat(editor.admin()).isFalse();
    }

    @Test
    void theAdminTokenCanDoWhatAnEditorCan() {
        assertThat(access.requireEditor("Bearer the-admin")).isEqualTo(new Editor("admin", true));
    }

    @Test
    void missingOrWrongTokensAre401s() {
        for (String authorization : new String[] {null, "", "Bearer", "Bearer ", "alice-token", "Bearer alice",
                "Bearer alice-token2", "Bearer alice:alice-token", "Basic alice-token", "Bearer ALICE-TOKEN"}) {
            assertThatThrownBy(() -> access.requireEditor(authorization)).as(String.valueOf(authorization))
                    .isInstanceOf(WriteAccessDeniedException.class)
                    .matches(e -> !((WriteAccessDeniedException) e).disabled(), "a 401, not a 403")
                    .matches(e -> ((WriteAccessDeniedException) e).title().equals("Editor token required"));
        }
    }

    @Test
    void withoutAnyTokenConfiguredWritesAreDisabled() {
        EditorAccess none = new EditorAccess(new SecurityProperties("", List.of()));
        assertThatThrownBy(() -> none.requireEditor("Bearer anything"))
                .matches(e -> ((WriteAccessDeniedException) e).disabled())
                .hasMessageContaining("lodestone.security.editor-tokens");
    }
}
