package vn.chidoan.core.kernel.durable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * How a record sits in a journal segment: its length (4 bytes), the CRC-32C of its bytes (4 bytes),
 * its bytes. A crash can cut the last write short, or leave garbage where it was going: reading stops
 * at the first record that is not whole or whose checksum does not match, and says how many bytes
 * were left. Such a record was never acknowledged (an acknowledgement waits for the whole record to be
 * forced to disk), so dropping it loses nothing that was promised.
 */
final class JournalFormat {
    static final int HEADER = 8;
    /** Larger than any record the app writes (a Messenger batch is at most 1 MiB). */
    static final int MAX_RECORD = 16 * 1024 * 1024;

    /** The records of one segment that are whole, and how many bytes after them were not. */
    record Contents(List<byte[]> records, long ignoredBytes) {
    }

    private JournalFormat() {
    }

    static ByteBuffer frame(byte[] record) {
        if (record.length > MAX_RECORD) {
            throw new IllegalArgumentException("a journal record of " + record.length + " bytes");
        }
        ByteBuffer framed = ByteBuffer.allocate(HEADER + record.length);
        framed.putInt(record.length).putInt(checksum(record)).put(record).flip();
        return framed;
    }

    static Contents read(Path segment) throws IOException {
        ByteBuffer all;
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IOException("journal segment " + segment + " is " + size + " bytes");
            }
            all = ByteBuffer.allocate((int) size);
            while (all.hasRemaining() && channel.read(all) >= 0) {
                // reads the whole file
            }
            all.flip();
        }
        List<byte[]> records = new ArrayList<>();
        while (all.remaining() >= HEADER) {
            int start = all.position();
            int length = all.getInt();
            int checksum = all.getInt();
            if (length < 0 || length > MAX_RECORD || length > all.remaining()) {
                all.position(start);
                break;
            }
            byte[] record = new byte[length];
            all.get(record);
            if (checksum(record) != checksum) {
                all.position(start);
                break;
            }
            records.add(record);
        }
        return new Contents(records, all.remaining());
    }

    private static int checksum(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record);
        return (int) crc.getValue();
    }
}
