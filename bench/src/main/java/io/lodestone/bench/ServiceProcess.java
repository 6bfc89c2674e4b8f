package io.lodestone.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service launched as users launch it ({@code java -jar}), on free loopback ports, so that its
 * start-up time and resident memory are its own and not the benchmark's.
 */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final long launchedNanos;
    private final int httpPort;
    private final int boltPort;

    private ServiceProcess(Process process, long launchedNanos, int httpPort, int boltPort) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
    }

    /**
     * @param heap       maximum heap, e.g. {@code 1g}
     * @param properties further Spring properties, each {@code key=value}
     */
    static ServiceProcess start(Path jar, String heap, Path dataDir, Path importDir, Path log, List<String> properties) {
        int httpPort = freePort();
        int boltPort = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx" + heap, "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + httpPort,
                "--lodestone.embedded.bolt-port=" + boltPort,
                "--lodestone.embedded.http-port=" + freePort(),
                "--lodestone.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--lodestone.import.directory=" + importDir.toAbsolutePath()));
        properties.forEach(p -> command.add("--" + p));
        try {
            Files.createDirectories(log.getParent());
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ServiceProcess(process, launched, httpPort, boltPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI http(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + httpPort + pathAndQuery);
    }

    URI bolt() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }

    /**
     * Waits until the health endpoint says UP and {@code firstCall} answers 200.
     *
     * @return seconds from launch to health UP and to the first answer
     */
    double[] awaitFirstAnswer(HttpClient http, String firstCall, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        double healthy = Double.NaN;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + " during start-up");
            }
            String path = Double.isNaN(healthy) ? "/actuator/health" : firstCall;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(http(path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && (!Double.isNaN(healthy) || response.body().contains("\"UP\""))) {
                    double seconds = (System.nanoTime() - launchedNanos) / 1e9;
                    if (!Double.isNaN(healthy)) {
                        return new double[] {healthy, seconds};
                    }
                    healthy = seconds;
                    continue;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The service did not answer within " + limit);
    }

    /** Peak resident set size of the process so far (VmHWM), in MiB. */
    long peakRssMib() {
        return statusKib("VmHWM:") / 1024;
    }

    private long statusKib(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
