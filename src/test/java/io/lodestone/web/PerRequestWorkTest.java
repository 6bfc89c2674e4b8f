package io.lodestone.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestone.ApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Work a request does not need is not done (issue 15: the API/raw gap). */
class PerRequestWorkTest extends ApiTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsAreNotTimedIntoMetricsNoOneCanRead() {
        assertThat(api.get("/api/entities", "q", "vietnam").status()).isEqualTo(200);
        assertThat(api.get("/actuator/metrics").status()).as("the metrics endpoint is not exposed").isEqualTo(404);

        assertThat(meters.find("http.server.requests").meters()).isEmpty();
    }
}
