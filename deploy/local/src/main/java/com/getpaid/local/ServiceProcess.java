package com.getpaid.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the four services, run from its Quarkus build ({@code target/quarkus-app}) as its own process. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> config, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.config = config;
        this.log = log;
    }

    /** The operating system's id of the running process (for memory figures). */
    public long pid() {
        return process.pid();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ServiceProcess start() throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn -B install -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx384m", "-Dquarkus.http.port=" + port));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
        return this;
    }

    /** Waits until the service says it is ready (database and Kafka reachable). */
    public void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ", see " + log);
    }

    /** kill -9: the process ends at once, without its shutdown hooks. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends the stop signal without waiting; {@link #close()} then waits for the exit. */
    public void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Asks a process to stop (SIGTERM: a graceful shutdown), and kills it after 30 seconds. */
    static void stop(Process process) {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
