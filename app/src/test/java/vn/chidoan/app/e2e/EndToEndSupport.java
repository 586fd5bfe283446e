package vn.chidoan.app.e2e;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * What the end-to-end bases share: Telegram's webhook-mode properties for a fake Bot API, HTTP to the
 * app on loopback, whether an inbound event has settled (handled, nothing it caused still queued), and
 * the cells of an .xlsx file and the text of a QR code image the bot sent, on either platform.
 */
final class EndToEndSupport {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EndToEndSupport() {
    }

    /** Telegram on in webhook mode, talking to {@code api}, with {@code secret} as the webhook secret. */
    static void telegramWebhook(DynamicPropertyRegistry registry, FakeBotApi api, String secret) {
        registry.add("chidoan.telegram.token", api::token);
        registry.add("chidoan.telegram.api-url", api::baseUrl);
        registry.add("chidoan.telegram.mode", () -> "webhook");
        registry.add("chidoan.telegram.webhook-secret", () -> secret);
    }

    static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts an update as Telegram would, with the secret header unless it is null; returns the HTTP status. */
    static int postTelegram(int port, String update, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Whether the inbound event {@code key} is handled and no message it caused is still waiting to be sent. */
    static boolean settled(MongoTemplate mongo, String key) {
        Query handled = Query.query(Criteria.where("_id").is(key).and("status").is("DONE"));
        Query waiting = Query.query(Criteria.where("_id").regex("^in:" + Pattern.quote(key) + "[:#]")
                .and("status").in("PENDING", "SENDING"));
        return mongo.exists(handled, "inbound_events") && !mongo.exists(waiting, "outbox");
    }

    /** The first sheet of an .xlsx file, row by row, each cell as Excel shows it. */
    static List<List<String>> sheetRows(byte[] xlsx) {
        return SheetRows.of(xlsx);
    }

    /** The text of the QR code in a PNG image. */
    static String qrText(byte[] png) {
        try {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    ImageIO.read(new ByteArrayInputStream(png)))));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code in the image", e);
        }
    }
}
