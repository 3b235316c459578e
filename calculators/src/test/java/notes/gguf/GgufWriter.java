package notes.gguf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes GGUF files (version 3): metadata of any type, tensor infos laid out one after another at the alignment,
 * and zero-filled tensor data. Test code only: tests use it to make files of every value and tensor type and to
 * corrupt them, {@code SampleFileTest} writes the site's sample file with it, and the site's tests reach it through
 * the calculators' test jar. The reader never needs it, so it stays out of the CLI jar and the page's JavaScript.
 */
public final class GgufWriter {
    private final ByteArrayOutputStream kv = new ByteArrayOutputStream();
    private final List<Object[]> tensors = new ArrayList<>();
    private int kvCount;
    private long alignment = GgufReader.DEFAULT_ALIGNMENT;
    private boolean withData = true;

    /** Adds a metadata key with one value of {@code type} (a Number, Boolean or String). */
    public GgufWriter scalar(String key, ValueType type, Object value) {
        string(kv, key);
        u32(kv, type.id());
        writeValue(kv, type, value);
        kvCount++;
        return this;
    }

    /** Adds a metadata key holding an array of {@code subType} values (not arrays). */
    public GgufWriter array(String key, ValueType subType, List<?> values) {
        string(kv, key);
        u32(kv, ValueType.ARRAY.id());
        u32(kv, subType.id());
        u64(kv, values.size());
        for (Object v : values) {
            writeValue(kv, subType, v);
        }
        kvCount++;
        return this;
    }

    /** Sets general.alignment (written as UINT32) and uses it for the layout. */
    public GgufWriter alignment(long alignment) {
        this.alignment = alignment;
        return scalar("general.alignment", ValueType.UINT32, alignment);
    }

    /** Writes the header only (up to the aligned start of tensor data), for files whose data would be huge. */
    public GgufWriter headerOnly() {
        this.withData = false;
        return this;
    }

    /** Adds a tensor info; its offset follows the previous tensor's data, aligned. */
    public GgufWriter tensor(String name, GgmlType type, long... shape) {
        tensors.add(new Object[] {name, type, shape});
        return this;
    }

    /** The whole file: header, metadata, tensor infos, padding and (unless header only) zeroed tensor data. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u32(out, GgufReader.MAGIC);
        u32(out, 3);
        u64(out, tensors.size());
        u64(out, kvCount);
        out.writeBytes(kv.toByteArray());
        long offset = 0;
        for (Object[] t : tensors) {
            long[] shape = (long[]) t[2];
            GgmlType type = (GgmlType) t[1];
            string(out, (String) t[0]);
            u32(out, shape.length);
            long elements = 1;
            for (long d : shape) {
                u64(out, d);
                elements *= d;
            }
            u32(out, type.id());
            u64(out, offset);
            offset = GgufReader.alignUp(offset + elements / type.blockSize() * type.typeSize(), alignment);
        }
        pad(out, GgufReader.alignUp(out.size(), alignment));
        if (withData) {
            pad(out, out.size() + offset);
        }
        return out.toByteArray();
    }

    private static void pad(ByteArrayOutputStream out, long to) {
        while (out.size() < to) {
            out.write(0);
        }
    }

    private static void writeValue(ByteArrayOutputStream out, ValueType type, Object v) {
        switch (type) {
            case UINT8: case INT8: case BOOL:
                out.write(v instanceof Boolean ? ((Boolean) v ? 1 : 0) : ((Number) v).intValue());
                break;
            case UINT16: case INT16:
                int s = ((Number) v).intValue();
                out.write(s);
                out.write(s >> 8);
                break;
            case UINT32: case INT32:
                u32(out, ((Number) v).intValue());
                break;
            case FLOAT32:
                u32(out, Float.floatToIntBits(((Number) v).floatValue()));
                break;
            case UINT64: case INT64:
                u64(out, ((Number) v).longValue());
                break;
            case FLOAT64:
                u64(out, Double.doubleToLongBits(((Number) v).doubleValue()));
                break;
            case STRING:
                string(out, (String) v);
                break;
            default:
                throw new IllegalArgumentException("write arrays with array()");
        }
    }

    static void string(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        u64(out, bytes.length);
        out.writeBytes(bytes);
    }

    static void u32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    static void u64(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }
}
