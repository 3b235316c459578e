package notes.gguf;

import java.util.List;

/**
 * A typed metadata value. Integers up to 32 bits are {@code Integer} (UINT32 is a {@code Long}), 64-bit ones
 * {@code Long} (UINT64 keeps its bits: read it with {@link Long#toUnsignedString}), floats {@code Double} (FLOAT32
 * widened exactly), booleans {@code Boolean},
 * strings {@code String}, arrays a {@code List} of values of {@code subType}.
 */
public record MetadataValue(ValueType type, ValueType subType, Object value) {

    /** Integer value of a scalar integer, or null. */
    public Long asLong() {
        return value instanceof Long ? (Long) value : value instanceof Integer ? (long) (Integer) value : null;
    }

    @SuppressWarnings("unchecked")
    public List<Object> asList() {
        return type == ValueType.ARRAY ? (List<Object>) value : null;
    }
}
