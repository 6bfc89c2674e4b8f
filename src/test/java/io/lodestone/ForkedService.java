package io.lodestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, on the data under one directory (graph, documents), for tests
 * that kill it with SIGKILL and start it again on the same files (no shutdown hook, no flush), and
 * for the test of the packaged jar.
 */
public final class ForkedService implements AutoCloseable {

    /**
     * The lock of the tests that run beside the sequential rest of the suite (their work is in other
     * processes or on a database of their own): one of them at a time, so at most two streams of tests.
     */
    public static final String PROCESSES = "io.lodestone.processes";

    private static final Duration START_UP = Duration.ofMinutes(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Process process;
    private final int port;

    private ForkedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service on {@code root} ({@code graph/}, {@code documents/}) and waits until it answers.
     *
     * @param arguments further {@code --name=value} settings (tokens, import directory, ...)
     */
    public static ForkedService start(Path root, int port, String log, String... arguments) throws IOException, InterruptedException {
        return launch(List.of("-cp", System.getProperty("java.class.path"), "io.lodestone.LodestoneApplication"),
                root, port, log, arguments);
    }

    /** As {@link #start}, from the packaged executable jar ({@code java -jar}) instead of the test classpath. */
    public static ForkedService startJar(Path jar, Path root, int port, String log, String... arguments)
            throws IOException, InterruptedException {
        // The jar unpacks Browser's jar into java.io.tmpdir: keep it with the test's files, not in /tmp.
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        return launch(List.of("-Djava.io.tmpdir=" + tmp, "-jar", jar.toString()), root, port, log, arguments);
    }

    private static ForkedService launch(List<String> main, Path root, int port, String log, String... arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(root);
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: the JVM lives a minute, which it spends mostly starting; C2 would compile for a steady state it never reaches
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(main);
        command.addAll(List.of(
                "--server.port=" + port,
                "--lodestone.embedded.bolt-port=0",
                "--lodestone.embedded.http-port=0",
                "--lodestone.embedded.data-dir=" + root.resolve("graph"),
                "--lodestone.documents.directory=" + root.resolve("documents"),
                // a machine shared by many builds may take longer than the 5 s default to hand out the first connection
                "--spring.neo4j.pool.connection-acquisition-timeout=60s",
                "--spring.neo4j.connection-timeout=60s"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(root.resolve(log).toFile()).start();
        ForkedService service = new ForkedService(process, port);
        try {
            service.awaitUp();
        } catch (Throwable e) {
            service.kill();
            throw e;
        }
        return service;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGTERM, as an operator stops the service; SIGKILL if it is still running after a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service is running").isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within " + START_UP);
    }
}
