package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.files.FileSource;
import vn.chidoan.telegram.testing.FakeBotApi;

/** Files people send on Telegram, fetched as the Bot API serves them: getFile, then the file server. */
class TelegramFilesTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final TelegramFiles files = files(api);

    @AfterEach
    void stop() {
        api.close();
    }

    private static TelegramFiles files(FakeBotApi api) {
        TelegramConfiguration configuration = new TelegramConfiguration();
        TelegramProperties properties = new TelegramProperties(api.token(), TelegramProperties.Mode.POLLING,
                api.baseUrl(), null, null, null);
        return configuration.telegramFiles(configuration.telegramClient(properties), properties);
    }

    @Test
    void aDocumentSomeoneSentIsFetchedByItsFileIdFromTheConfiguredApi() throws IOException {
        byte[] roster = "danh sách".getBytes(StandardCharsets.UTF_8);
        String fileId = api.file("danh-sach.xlsx", roster);

        assertThat(files.read(fileId, 1024)).isEqualTo(roster);
        assertThat(api.requests("getFile")).singleElement().satisfies(r -> assertThat(r.param("file_id"))
                .isEqualTo(fileId));
        assertThat(api.requests("file")).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAnythingIsDownloaded() {
        String fileId = api.file("lon.xlsx", new byte[2048]);

        assertThatThrownBy(() -> files.read(fileId, 1024)).isInstanceOf(FileSource.TooLarge.class);
        assertThat(api.requests("file")).isEmpty();
    }

    @Test
    void aFileTelegramDoesNotKnowCannotBeRead() {
        assertThatThrownBy(() -> files.read("no-such-file", 1024)).isInstanceOf(IOException.class)
                .isNotInstanceOf(FileSource.TooLarge.class);
    }
}
