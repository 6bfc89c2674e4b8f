package io.lodestone.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WriteAccessTest {

    @Test
    void withoutAConfiguredTokenWritesAreDisabledWhateverTheRequestSends() {
        WriteAccess access = new WriteAccess("");

        for (String authorization : new String[] {null, "", "Bearer ", "Bearer  ", "Bearer null", "Basic bmVvNGo6"}) {
            assertThatThrownBy(() -> access.check(authorization)).isInstanceOf(WriteAccessDeniedException.class)
                    .matches(e -> ((WriteAccessDeniedException) e).disabled())
                    .hasMessageContaining("lodestone.security.admin-token");
        }
    }

    @Test
    void aBlankConfiguredTokenCountsAsNone() {
        assertThatThrownBy(() -> new WriteAccess("   ").check("Bearer    "))
                .matches(e -> ((WriteAccessDeniedException) e).disabled());
    }

    @Test
    void onlyTheConfiguredTokenIsAccepted() {
        WriteAccess access = new WriteAccess("s3cret-token");

        assertThatCode(() -> access.check("Bearer s3cret-token")).doesNotThrowAnyException();
        assertThatCode(() -> access.check("bearer s3cret-token")).doesNotThrowAnyException();
        for (String authorization : new String[] {null, "", "s3cret-token", "Bearer", "Bearer ", "Bearer s3cret",
                "Bearer s3cret-token2", "Bearer S3CRET-TOKEN", "Basic s3cret-token", "Bearer s3cret-token\u0000"}) {
            assertThatThrownBy(() -> access.check(authorization)).isInstanceOf(WriteAccessDeniedException.class)
                    .matches(e -> !((WriteAccessDeniedException) e).disabled(), "a 401, not a 403");
        }
    }
}
