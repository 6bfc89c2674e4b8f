package io.lodestone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** The caps that keep one caller from starving the rest. */
class RequestLimitsTest extends ApiTest {

    @Autowired
    HeavyQueryLimiter limiter;

    @Value("${lodestone.query.max-concurrent-heavy}")
    int maxConcurrentHeavy;

    @Value("${lodestone.web.max-request-body}")
    DataSize maxBody;

    @Test
    void heavyQueriesOverTheCapGet429WithRetryAfterWhileLightOnesStillAnswer() throws Exception {
        for (int i = 0; i < maxConcurrentHeavy; i++) {
            limiter.acquire();
        }
        Response refused;
        Response search;
        try {
            refused = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei");
            search = api.get("/api/entities", "q", "vietnam");
        } finally {
            for (int i = 0; i < maxConcurrentHeavy; i++) {
                limiter.release();
            }
        }

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:lodestone:problem:too-many-heavy-queries");
        assertThat(refused.json().get("detail").asString()).contains("lodestone.query.max-concurrent-heavy");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Not 429 rather than 200: on a saturated machine a query may also hit its timeout (503), which is not the cap.
        assertThat(search.status()).as("light queries are not capped").isNotEqualTo(429);
        assertThat(api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei").status()).as("the slots came back")
                .isNotEqualTo(429);
    }

    @Test
    void aFailingHeavyQueryGivesItsSlotBack() {
        for (int i = 0; i < maxConcurrentHeavy + 2; i++) {
            assertThat(api.get("/api/paths", "from", "bloc:EU", "to", "firm:nobody").status()).isEqualTo(404);
        }
        assertThat(api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei").status()).isNotEqualTo(429);
    }

    @Test
    void aLongParameterReachesTheApiWhichNamesIt() {
        Response response = api.get("/api/entities", "q", "x".repeat(20_000));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:lodestone:problem:invalid-parameter");
        assertThat(response.json().get("parameter").asString()).isEqualTo("q");
        assertThat(response.text().length()).isLessThan(1_000);
    }

    @Test
    void aRequestOverTheHeaderLimitGetsAProblemFromTomcat() {
        Response response = api.get("/api/entities", "q", "x".repeat(70_000));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:lodestone:problem:bad-request");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] body = new byte[(int) maxBody.toBytes() + 1];
        Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/admin/import"))
                .header("Authorization", "Bearer " + LodestoneTest.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("lodestone.web.max-request-body");
    }

    @Test
    void aBodyOfUnknownLengthIsRefused() {
        Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/admin/import"))
                .header("Authorization", "Bearer " + LodestoneTest.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes()))).build());

        assertThat(response.status()).isEqualTo(411);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
