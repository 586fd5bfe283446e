package vn.chidoan.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.chidoan.core.kernel.chat.AdapterStartup;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * Long polling: fetches updates from the configured API base, re-serializes each with the adapter's
 * Jackson 2 mapper and hands it to the same inbound journal as the webhook. The library confirms the
 * offset with its next request, which it makes only after {@link #consume} returns, and the journal
 * returns only once an update is durably stored; so a journal failure, or a saturated instance, is
 * waited out here (polling pauses) until the update is stored or the application stops: an update
 * fetched is never dropped.
 */
class TelegramPolling implements SmartLifecycle, LongPollingUpdateConsumer {
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member", "poll",
            "poll_answer");
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramProperties properties;
    private final InboundGateway gateway;
    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService executor;

    TelegramPolling(TelegramProperties properties, InboundGateway gateway) {
        this.properties = properties;
        this.gateway = gateway;
    }

    @Override
    public synchronized void start() {
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService pollingThread = executor;
        application = new TelegramBotsLongPollingApplication(TelegramJson::mapper, TelegramPolling::httpClient,
                () -> pollingThread);
        try {
            application.registerBot(properties.token(), properties::telegramUrl,
                    new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), this);
        } catch (TelegramApiException e) {
            stop();
            throw new IllegalStateException("Telegram long polling did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.warn("Telegram long polling did not stop cleanly: {}", e.toString());
        } finally {
            application = null;
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After {@link TelegramStartup} has learned who the bot is. */
    @Override
    public int getPhase() {
        return AdapterStartup.PHASE + 1;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            JsonNode tree = TelegramJson.mapper().valueToTree(update);
            UpdateEnvelope envelope = UpdateEnvelope.of(tree);
            if (envelope != null) {
                handOver(envelope, TelegramJson.write(tree));
            }
        }
    }

    private void handOver(UpdateEnvelope envelope, String payload) {
        Duration backoff = Duration.ofSeconds(1);
        while (true) {
            String trouble;
            try {
                if (envelope.handTo(gateway, payload) != InboundGateway.Acceptance.BUSY) {
                    return;
                }
                trouble = "saturated";
            } catch (RuntimeException e) {
                trouble = e.toString();
            }
            if (!running) {
                log.warn("Telegram polling stopped before {} was stored; Telegram will send it again", envelope.key());
                return;
            }
            log.warn("Telegram polling: could not store {} ({}); polling waits {}s", envelope.key(), trouble,
                    backoff.toSeconds());
            if (!pause(backoff)) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads wait past the 50-second long poll the library asks Telegram for. */
    private static OkHttpClient httpClient() {
        return new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(75, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS).build();
    }
}
