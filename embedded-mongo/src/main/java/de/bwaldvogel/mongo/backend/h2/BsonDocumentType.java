package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the collections' maps: a document is stored as a tag byte and its BSON bytes,
 * written and read by the server's own wire codec. The stock backend stores documents with H2's
 * {@link ObjectDataType}, which Java-serialises them (its tag 19, then the serialised object): every
 * commit serialised the changed pages' documents and every page read back deserialised them, a
 * third of the CPU of a flood of updates (docs/BENCHMARKS.md). Values written that way are still
 * read, by that type, so a file written before opens as it was, and each page becomes BSON when it is
 * next rewritten. A document BSON cannot hold exactly ({@link BsonFidelity}) is still written the old way.
 */
final class BsonDocumentType extends BasicDataType<Object> {
    /** The tag of a BSON value: above every tag H2's object type writes (0–19, 32–49, 64–119). */
    static final byte BSON_TAG = (byte) 0xB5;
    /** A thread's encoding buffer is kept for the next document unless a big one grew it past this. */
    private static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4_096));

    private final ObjectDataType legacy = new ObjectDataType();

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document) || !BsonFidelity.exact(document)) {
            legacy.write(buffer, value);
            return;
        }
        ByteBuf bytes = SCRATCH.get().clear();
        BsonEncoder.encodeDocument(document, bytes);
        buffer.put(BSON_TAG).put(bytes.array(), bytes.arrayOffset(), bytes.readableBytes());
        if (bytes.capacity() > KEPT_CAPACITY) {
            SCRATCH.remove();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON_TAG) {
            return legacy.read(buffer);
        }
        int start = buffer.position() + 1;
        ByteBuf bytes = buffer.hasArray()
                ? Unpooled.wrappedBuffer(buffer.array(), buffer.arrayOffset() + start, buffer.limit() - start)
                : Unpooled.wrappedBuffer(buffer.duplicate().position(start));
        Document document = BsonDecoder.decodeBson(bytes);
        buffer.position(start + bytes.readerIndex());
        return document;
    }

    @Override
    public int getMemory(Object value) {
        return HeapSize.of(value);
    }

    /** Values are never compared by the collections; kept as the stock type compares them. */
    @Override
    public int compare(Object a, Object b) {
        return legacy.compare(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
