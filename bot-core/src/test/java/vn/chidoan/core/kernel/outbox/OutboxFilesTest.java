package vn.chidoan.core.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * A generated file too big for its outbox entry is kept in chunks (GridFS) on both databases: the
 * entry holds only where it is, the platform gets every byte, and once it is delivered (or a replay
 * comes after that) no chunk is left behind. A file bigger than a whole document goes out the same way.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxFilesTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Parameter
    Database db;

    MutableClock clock = new MutableClock(OutboxFixture.START);
    FakeSender telegram;
    OutboxFixture fx;

    @BeforeEach
    void outbox() {
        telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
    }

    @Test
    void aFileOverTheLimitLeavesItsEntryForChunksAndIsSentWhole() {
        byte[] file = bytes(3 * 1024 * 1024 + 7);
        fx.outbox.enqueue("in:e1:results:xlsx", telegram("5"), withFile("tinh.xlsx", file), Priority.INTERACTIVE);

        Document stored = attachmentOf(fx.raw("in:e1:results:xlsx"));
        assertThat(stored).doesNotContainKey("content").containsEntry("contentFile", "in:e1:results:xlsx")
                .containsEntry("fileName", "tinh.xlsx");
        assertThat(chunks()).as("255 KiB each").isEqualTo(13);

        fx.dispatchAll();

        assertThat(telegram.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.entry().message().attachment().content()).isEqualTo(file));
        assertThat(attachmentOf(fx.raw("in:e1:results:xlsx"))).doesNotContainKeys("content", "contentFile");
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();
    }

    @Test
    void aFileBiggerThanADocumentGoesOutTheSame() {
        byte[] file = bytes(17 * 1024 * 1024);
        fx.outbox.enqueueAll(List.of(new Outbox.Envelope("in:e2:report:2", telegram("5"), withFile("big.xlsx", file),
                Priority.INTERACTIVE)));

        fx.dispatchAll();

        assertThat(telegram.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.entry().message().attachment().content()).isEqualTo(file));
        assertThat(chunks()).isZero();
    }

    @Test
    void aReplayAfterDeliveryLeavesNoChunkAndASmallFileStaysInItsEntry() {
        byte[] file = bytes(2 * 1024 * 1024);
        fx.outbox.enqueue("in:e3:results:xlsx", telegram("5"), withFile("a.xlsx", file), Priority.INTERACTIVE);
        fx.dispatchAll();

        boolean stored = fx.outbox.enqueue("in:e3:results:xlsx", telegram("5"), withFile("a.xlsx", file),
                Priority.INTERACTIVE);
        fx.outbox.enqueue("in:e4:1", telegram("5"), withFile("small.xlsx", bytes(1000)), Priority.INTERACTIVE);

        assertThat(stored).isFalse();
        assertThat(files()).isZero();
        assertThat(chunks()).isZero();
        assertThat(attachmentOf(fx.raw("in:e4:1"))).containsKey("content").doesNotContainKey("contentFile");
        assertThat(telegram.sentKeys()).containsExactly("in:e3:results:xlsx");
    }

    private static OutgoingMessage withFile(String name, byte[] content) {
        return text("📎 " + name).withAttachment(Attachment.generated(Attachment.Kind.DOCUMENT, name, XLSX, content));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Document attachmentOf(Document entry) {
        return entry.get("message", Document.class).get("attachment", Document.class);
    }

    private long files() {
        return fx.mongo.getCollection(OutboxFiles.BUCKET + ".files").countDocuments();
    }

    private long chunks() {
        return fx.mongo.getCollection(OutboxFiles.BUCKET + ".chunks").countDocuments();
    }
}
