package vn.chidoan.core.kernel.inbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * An accepted event as the inbound journal keeps it until the database has it on disk: all that
 * {@link InboundStore#insert} needs to store it again after a crash. Version byte first, so a later
 * layout can still read what an older version left.
 */
record JournaledEvent(Platform platform, String key, String lane, String payload, Instant receivedAt) {
    private static final int VERSION = 1;

    byte[] bytes() {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + key.length() + lane.length() + 32);
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeByte(VERSION);
            data.writeUTF(platform.code());
            data.writeUTF(key);
            data.writeUTF(lane);
            data.writeLong(receivedAt.toEpochMilli());
            data.writeInt(body.length);
            data.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JournaledEvent of(byte[] record) {
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(record))) {
            int version = data.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("journal record of version " + version);
            }
            Platform platform = Platform.fromCode(data.readUTF());
            String key = data.readUTF();
            String lane = data.readUTF();
            Instant receivedAt = Instant.ofEpochMilli(data.readLong());
            byte[] body = data.readNBytes(data.readInt());
            return new JournaledEvent(platform, key, lane, new String(body, StandardCharsets.UTF_8), receivedAt);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable journal record", e);
        }
    }
}
