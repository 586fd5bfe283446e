package vn.chidoan.messenger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.files.FileSource;

/**
 * Files people sent on Messenger: the webhook's attachment carries a URL on Facebook's CDN (signed, no
 * token needed), fetched with a size limit: a declared length over it is refused before reading, and
 * reading stops one byte past it. Only http(s) addresses are fetched.
 */
final class MessengerFiles implements FileSource {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    @Override
    public byte[] read(String fileRef, int maxBytes) throws IOException {
        URI url = URI.create(fileRef);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IOException("not a web address: " + scheme);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching a file", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("fetching a file answered " + response.statusCode());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new TooLarge(url.getPath(), declared);
            }
            return FileSource.readAtMost(in, maxBytes, url.getPath());
        }
    }
}
