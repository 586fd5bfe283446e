package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.files.FileSource;
import vn.chidoan.messenger.testing.FakeGraphApi;

/** Files people send on Messenger, fetched from the attachment's URL with a size limit. */
class MessengerFilesTest {
    private final FakeGraphApi api = FakeGraphApi.start();
    private final MessengerFiles files = new MessengerConfiguration().messengerFiles();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aFileSomeoneSentIsFetchedFromItsAttachmentUrl() throws IOException {
        byte[] roster = "danh sách".getBytes(StandardCharsets.UTF_8);

        assertThat(files.read(api.attachmentUrl("danh-sach.xlsx", roster), 1024)).isEqualTo(roster);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        String url = api.attachmentUrl("lon.xlsx", new byte[2048]);

        assertThatThrownBy(() -> files.read(url, 1024)).isInstanceOf(FileSource.TooLarge.class);
    }

    @Test
    void anAddressThatIsNoWebAddressOrServesNothingCannotBeRead() {
        assertThatThrownBy(() -> files.read("file:///etc/passwd", 1024)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> files.read(api.baseUrl().replace("/v23.0", "") + "/cdn/9/none.xlsx", 1024))
                .isInstanceOf(IOException.class).isNotInstanceOf(FileSource.TooLarge.class);
    }
}
