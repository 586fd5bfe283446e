package vn.chidoan.app.crash;

import java.io.IOException;
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
import vn.chidoan.app.ChidoanApplication;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * The app in a JVM of its own, as {@code java -jar} runs it, in webhook mode on a data directory
 * against a fake Bot API, so a test can kill it as hard as the kernel would ({@link #kill()}: SIGKILL,
 * nothing runs in the app after it) and start it again on the same data. Recovery runs every second
 * and leases last seconds, not minutes, so a restart takes over what the dead one held quickly; the
 * log goes to a file beside the data. A benchmark starts it with settings of its own instead ({@link
 * #start(Path, FakeBotApi, String, List, List)}).
 */
public final class AppProcess implements AutoCloseable {
    static final String SECRET = "kill-nine-secret";
    private static final Duration READY = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app on {@code dataDir} and waits until it is ready; {@code name} names its log file. */
    static AppProcess start(Path dataDir, FakeBotApi api, String name) throws IOException, InterruptedException {
        return start(dataDir, api, name, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), List.of(
                "--chidoan.inbound.recover-after=2s",
                "--chidoan.inbound.recovery-interval=1s",
                "--chidoan.outbox.lease=3s",
                "--chidoan.outbox.rescan-interval=1s",
                "--chidoan.fanout.lease=3s",
                "--chidoan.fanout.sweep=1s"));
    }

    /** Starts the app with the JVM options {@code jvm} and the app's {@code settings} added; waits until it is ready. */
    public static AppProcess start(Path dataDir, FakeBotApi api, String name, List<String> jvm, List<String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ChidoanApplication.class.getName(),
                "--server.port=" + port,
                "--chidoan.data-dir=" + dataDir,
                "--chidoan.telegram.token=" + api.token(),
                "--chidoan.telegram.api-url=" + api.baseUrl(),
                "--chidoan.telegram.mode=webhook",
                "--chidoan.telegram.webhook-secret=" + SECRET,
                "--chidoan.sandbox.enabled=false",
                "--logging.level.root=WARN"));
        command.addAll(settings);
        Path log = dataDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log);
        app.awaitReady(log);
        return app;
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app was not ready within " + READY + ":\n" + Files.readString(log));
    }

    /** The last {@code lines} lines of the app's log (for a failure's message). */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** The CPU time the app's process has used so far. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /** Posts an update to the webhook; the status it answered, or -1 when nothing answered. */
    public int post(String update) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException dead) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code kill -9}: the app gets no chance to run anything, not even a shutdown hook. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal stop (SIGTERM), waiting for the app to close its data. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
