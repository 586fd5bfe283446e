package vn.chidoan.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chidoan.app.ChidoanApplication;
import vn.chidoan.app.testing.CountedCommands;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * What the benchmarks share: the whole app in webhook mode on the embedded database (file in a temp
 * dir) against a fake Bot API, and posting an update to its webhook.
 */
final class BenchApp implements AutoCloseable {
    static final String SECRET = "bench-secret";

    final ConfigurableApplicationContext context;
    final String webhook;
    /** Every command the app's database client sent, by thread. */
    final CountedCommands commands;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BenchApp(ConfigurableApplicationContext context, CountedCommands commands) {
        this.context = context;
        this.commands = commands;
        this.webhook = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/telegram/webhook";
    }

    /** The app against {@code api}, with {@code more} arguments (another platform's settings, say). */
    static BenchApp start(FakeBotApi api, String... more) throws java.io.IOException {
        return start(api, Files.createTempDirectory("chidoan-bench"), more);
    }

    /** The app on the data directory {@code data}, which outlives it (another start may open it again). */
    static BenchApp start(FakeBotApi api, java.nio.file.Path data, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--chidoan.data-dir=" + data,
                "--chidoan.telegram.token=" + api.token(),
                "--chidoan.telegram.api-url=" + api.baseUrl(),
                "--chidoan.telegram.mode=webhook",
                "--chidoan.telegram.webhook-secret=" + SECRET,
                "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        CountedCommands commands = new CountedCommands();
        return new BenchApp(new SpringApplicationBuilder(ChidoanApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("countedCommands", commands))
                .run(args.toArray(String[]::new)), commands);
    }

    /** Posts one update to the webhook; returns the HTTP status. */
    int post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        context.close();
    }
}
