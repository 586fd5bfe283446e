package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the secondary indexes' maps: ordered component by component in
 * {@link KeyOrder#SECONDARY} (so every key with a given prefix is contiguous), written compactly —
 * a tag byte per component — instead of H2's Java serialization of {@link KeyValue}. Values other
 * than the common ones are written by H2's object type after their own tag.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {
    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final KeyOrder ORDER = KeyOrder.SECONDARY;
    private static final ObjectDataType OBJECTS = new ObjectDataType();
    private static final byte NULL = 0;
    private static final byte DOUBLE = 1;
    private static final byte LONG = 2;
    private static final byte STRING = 3;
    private static final byte OBJECT_ID = 4;
    private static final byte FALSE = 5;
    private static final byte TRUE = 6;
    private static final byte INSTANT = 7;
    private static final byte UUID_VALUE = 8;
    private static final byte OTHER = 9;

    @Override
    public int compare(KeyValue x, KeyValue y) {
        return ORDER.compareKeys(x, y);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48;
        for (Object value : key) {
            memory += value instanceof String text ? 40 + 2 * text.length() : 24;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    private static void writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putVarLong(number);
        } else if (value instanceof String text) {
            buffer.put(STRING).putVarInt(text.length()).putStringData(text, text.length());
        } else if (value instanceof de.bwaldvogel.mongo.bson.ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof Boolean flag) {
            buffer.put(flag ? TRUE : FALSE);
        } else if (value instanceof Instant instant) {
            buffer.put(INSTANT).putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            buffer.put(OTHER);
            OBJECTS.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(buffer));
        }
        return new KeyValue(values);
    }

    private static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case DOUBLE -> buffer.getDouble();
            case LONG -> DataUtils.readVarLong(buffer);
            case STRING -> DataUtils.readString(buffer);
            case OBJECT_ID -> {
                byte[] bytes = new byte[12];
                buffer.get(bytes);
                yield new de.bwaldvogel.mongo.bson.ObjectId(bytes);
            }
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INSTANT -> Instant.ofEpochSecond(DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
            case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
            case OTHER -> OBJECTS.read(buffer);
            default -> throw new IllegalStateException("Unknown index key tag " + tag);
        };
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
