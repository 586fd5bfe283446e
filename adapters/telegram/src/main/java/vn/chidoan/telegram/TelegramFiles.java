package vn.chidoan.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.files.FileSource;

/**
 * Files people sent on Telegram: {@code getFile} names the file's path and size (a size over the limit is
 * refused before anything is downloaded), then the bytes come from {@code <api-url>/file/bot<token>/<path>}
 * (the library's own download would always go to api.telegram.org, never to a local Bot API server).
 */
final class TelegramFiles implements FileSource {
    private final TelegramClient client;
    private final String fileBase;
    private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(30, TimeUnit.SECONDS).callTimeout(60, TimeUnit.SECONDS).build();

    TelegramFiles(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.fileBase = properties.apiUrl() + "/file/bot" + properties.token() + "/";
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public byte[] read(String fileRef, int maxBytes) throws IOException {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(fileRef).build());
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed for " + fileRef, e);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new TooLarge(fileRef, file.getFileSize());
        }
        if (file.getFilePath() == null) {
            throw new IOException("Telegram gave no path for " + fileRef);
        }
        try (Response response = http.newCall(new Request.Builder().url(fileBase + file.getFilePath()).get().build())
                .execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("downloading " + fileRef + " answered " + response.code());
            }
            try (InputStream in = body.byteStream()) {
                return FileSource.readAtMost(in, maxBytes, fileRef);
            }
        }
    }
}
