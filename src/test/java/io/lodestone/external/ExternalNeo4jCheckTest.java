package io.lodestone.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import io.lodestone.LodestoneApplication;
import io.lodestone.StartupFailure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

class ExternalNeo4jCheckTest {

    @Test
    void anUnreachableServerStopsStartUpNamingTheSetting() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = socket.getLocalPort();
        }
        SpringApplication application = new SpringApplication(LodestoneApplication.class);

        assertThatThrownBy(() -> application.run("--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort,
                "--spring.neo4j.authentication.password=secret", "--server.port=0"))
                .satisfies(e -> {
                    StartupFailure failure = findStartupFailure(e);
                    assertThat(failure.getMessage()).contains("Cannot reach Neo4j at bolt://127.0.0.1:" + closedPort);
                    assertThat(failure.action()).contains("NEO4J_URI");
                });
    }

    private static StartupFailure findStartupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StartupFailure failure) {
                return failure;
            }
        }
        throw new AssertionError("no StartupFailure in " + e);
    }
}
