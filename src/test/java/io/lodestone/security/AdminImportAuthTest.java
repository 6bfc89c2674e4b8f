package io.lodestone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;

/** The re-import endpoint over HTTP, with the admin token of the shared test service configured. */
class AdminImportAuthTest extends ApiTest {

    @Test
    void aMissingTokenIsRefusedWith401() {
        Response response = post(null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:lodestone:problem:unauthorized");
        assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void aWrongTokenIsRefusedWith401AndWritesNothing() {
        Map<String, Object> before = graphState();
        for (String authorization : new String[] {"Bearer wrong", "Bearer " + LodestoneTest.ADMIN_TOKEN + "x",
                "Basic " + LodestoneTest.ADMIN_TOKEN, LodestoneTest.ADMIN_TOKEN, "Bearer "}) {
            Response response = post(authorization);

            assertThat(response.status()).as(authorization).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).doesNotContain(LodestoneTest.ADMIN_TOKEN);
        }
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void theRightTokenReimportsAndUnchangedFilesChangeNothing() {
        Map<String, Object> before = graphState();

        Response response = post("Bearer " + LodestoneTest.ADMIN_TOKEN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("facts").asLong()).isEqualTo(before.get("facts"));
        assertThat(response.json().get("nodesCreated").asInt()).isZero();
        assertThat(response.json().get("relationshipsDeleted").asInt()).isZero();
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void readingEndpointsCannotBeUsedToWrite() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/entities/country:VN"))
                    .header("Authorization", "Bearer " + LodestoneTest.ADMIN_TOKEN)
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")).build());

            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private Response post(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/admin/import"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request.build());
    }

}
