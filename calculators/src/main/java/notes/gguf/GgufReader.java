package notes.gguf;

import notes.base.ByteSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the header of a GGUF file (specification: ggml/docs/gguf.md in the ggml repository): magic, version,
 * metadata key/values, tensor infos; then checks the tensor data section against the file.
 *
 * <p>Every count and length is checked against the bytes left before anything is allocated for it, loops are
 * bounded by those counts, and every violation is a {@link GgufFormatException} naming the problem and offset, in
 * the spirit of llama.cpp's own loader (ggml/src/gguf.cpp).
 */
public final class GgufReader {
    static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
    static final int MAX_DIMS = 4; // GGML_MAX_DIMS
    static final long DEFAULT_ALIGNMENT = 32;
    /** Arrays of arrays are legal but rare; deeper nesting than this is rejected rather than recursed into. */
    private static final int MAX_ARRAY_DEPTH = 8;
    /** Smallest key/value: 8-byte key length, 4-byte type, 1-byte value. */
    private static final int MIN_KV_BYTES = 13;
    /** Smallest tensor info: 8-byte name length, 4-byte n_dims, 4-byte type, 8-byte offset. */
    private static final int MIN_TENSOR_BYTES = 24;

    /** Header layout (GGUF spec, "File Structure"): magic, version (u32 each), tensor_count, metadata_kv_count. */
    private static final long TENSOR_COUNT_OFFSET = 8;
    private static final long KV_COUNT_OFFSET = 16;

    private final Cursor in;
    /** The file's size, exact (the cursor's is a double). */
    private final long fileSize;
    /** Where the value of general.alignment starts, for its error. */
    private long alignmentAt;

    private GgufReader(ByteSource source) {
        this.in = new Cursor(source);
        this.fileSize = source.size();
    }

    public static GgufFile read(ByteSource source) {
        return new GgufReader(source).read();
    }

    private GgufFile read() {
        if (in.size() < 4 || in.i32() != MAGIC) {
            throw new GgufFormatException(GgufProblem.BAD_MAGIC, 0);
        }
        long version = in.u32();
        if (version != 2 && version != 3) {
            throw new GgufFormatException(GgufProblem.UNSUPPORTED_VERSION, 4, version);
        }
        long tensorCount = in.i64();
        long kvCount = in.i64();
        in.requireRoom(kvCount, MIN_KV_BYTES, KV_COUNT_OFFSET, GgufProblem.METADATA_COUNT_TOO_LARGE, null);
        Map<String, MetadataValue> metadata = readMetadata(kvCount);
        in.requireRoom(tensorCount, MIN_TENSOR_BYTES, TENSOR_COUNT_OFFSET, GgufProblem.TENSOR_COUNT_TOO_LARGE, null);
        List<TensorInfo> tensors = readTensorInfos(tensorCount);
        long alignment = alignment(metadata);
        long dataOffset = alignUp((long) in.position(), alignment);
        GgufFile file = new GgufFile(version, tensorCount, kvCount, alignment, dataOffset, fileSize, metadata,
                tensors);
        checkTensorData(file);
        return file;
    }

    private Map<String, MetadataValue> readMetadata(double count) {
        Map<String, MetadataValue> metadata = new LinkedHashMap<>();
        for (double i = 0; i < count; i++) {
            double at = in.position();
            String key = in.string(GgufProblem.KEY_LENGTH_TOO_LARGE, null);
            if (metadata.containsKey(key)) {
                throw new GgufFormatException(GgufProblem.DUPLICATE_KEY, (long) at, key);
            }
            ValueType type = valueType(key);
            if (key.equals("general.alignment")) {
                alignmentAt = (long) in.position();
            }
            metadata.put(key, value(type, key, 0));
        }
        return metadata;
    }

    private ValueType valueType(String key) {
        double at = in.position();
        long id = in.u32();
        ValueType type = ValueType.ofId(id);
        if (type == null) {
            throw new GgufFormatException(GgufProblem.UNKNOWN_VALUE_TYPE, (long) at, key, id);
        }
        return type;
    }

    private MetadataValue value(ValueType type, String key, int depth) {
        if (type != ValueType.ARRAY) {
            return new MetadataValue(type, null, scalar(type, key));
        }
        if (depth >= MAX_ARRAY_DEPTH) {
            throw new GgufFormatException(GgufProblem.ARRAYS_TOO_DEEP, (long) in.position(), key, MAX_ARRAY_DEPTH);
        }
        ValueType subType = valueType(key);
        double count = in.count(subType.minBytes(), GgufProblem.ARRAY_LENGTH_TOO_LARGE, key);
        if (subType != ValueType.ARRAY) {
            return new MetadataValue(ValueType.ARRAY, subType, ArrayItems.read(in, subType, count, key));
        }
        List<Object> items = new ArrayList<>((int) Math.min(count, 1 << 16));
        for (double i = 0; i < count; i++) {
            items.add(value(subType, key, depth + 1));
        }
        return new MetadataValue(ValueType.ARRAY, subType, items);
    }

    private Object scalar(ValueType type, String key) {
        double at = in.position();
        switch (type) {
            // Types that fit an int are kept as Integer: cheaper than Long in the browser (TeaVM's long is a BigInt).
            case UINT8: return in.u8();
            case INT8: return (int) (byte) in.u8();
            case UINT16: return in.u16();
            case INT16: return (int) (short) in.u16();
            case UINT32: return in.u32();
            case INT32: return in.i32();
            case FLOAT32: return (double) Float.intBitsToFloat(in.i32());
            case UINT64:
            case INT64: return in.i64();
            case FLOAT64: return Double.longBitsToDouble(in.i64());
            case STRING: return in.string(GgufProblem.STRING_LENGTH_TOO_LARGE, key);
            default:
                int b = in.u8();
                if (b > 1) {
                    throw new GgufFormatException(GgufProblem.BAD_BOOLEAN, (long) at, key, b);
                }
                return b == 1;
        }
    }

    private List<TensorInfo> readTensorInfos(double count) {
        List<TensorInfo> tensors = new ArrayList<>((int) Math.min(count, 1 << 16));
        Set<String> names = new HashSet<>();
        for (double i = 0; i < count; i++) {
            double at = in.position();
            String name = in.string(GgufProblem.TENSOR_NAME_LENGTH_TOO_LARGE, null);
            if (!names.add(name)) {
                throw new GgufFormatException(GgufProblem.DUPLICATE_TENSOR, (long) at, name);
            }
            tensors.add(tensorInfo(name));
        }
        return tensors;
    }

    /** Positions and type ids stay doubles and ints: a long is a BigInt in the page; models have 1,000s of tensors. */
    private TensorInfo tensorInfo(String name) {
        double at = in.position();
        int dims = in.i32(); // a uint32: 2^31 or more is negative here
        if (dims < 0 || dims > MAX_DIMS) {
            throw new GgufFormatException(GgufProblem.TOO_MANY_DIMENSIONS, (long) at, name, dims & 0xFFFFFFFFL,
                    MAX_DIMS);
        }
        long[] shape = new long[dims];
        long elements = 1;
        for (int d = 0; d < dims; d++) {
            double dimAt = in.position();
            shape[d] = in.i64();
            if (shape[d] < 0) {
                throw new GgufFormatException(GgufProblem.DIMENSION_TOO_LARGE, (long) dimAt, name, d,
                        Long.toUnsignedString(shape[d]));
            }
            elements = multiply(elements, shape[d], GgufProblem.ELEMENT_COUNT_OVERFLOW, name, dimAt);
        }
        double typeAt = in.position();
        int typeId = in.i32();
        GgmlType type = GgmlType.ofId(typeId);
        if (type == null) {
            throw new GgufFormatException(GgmlType.isRemoved(typeId) ? GgufProblem.REMOVED_TENSOR_TYPE
                    : GgufProblem.UNKNOWN_TENSOR_TYPE, (long) typeAt, name, typeId & 0xFFFFFFFFL);
        }
        if (dims > 0 && shape[0] % type.blockSize() != 0) {
            throw new GgufFormatException(GgufProblem.ROW_NOT_BLOCK_MULTIPLE, (long) typeAt, name, shape[0], type,
                    type.blockSize());
        }
        double offsetAt = in.position();
        long offset = in.i64();
        if (offset < 0 || offset >= (long) Cursor.SAFE_LIMIT) {
            // The page keeps offsets as doubles, exact below 2^53; no file is that large.
            throw new GgufFormatException(GgufProblem.TENSOR_OFFSET_TOO_LARGE, (long) offsetAt, name,
                    Long.toUnsignedString(offset));
        }
        long bytes = multiply(elements / type.blockSize(), type.typeSize(), GgufProblem.TENSOR_SIZE_OVERFLOW, name,
                typeAt);
        return new TensorInfo(name, shape, type, offset, elements, bytes);
    }

    private long alignment(Map<String, MetadataValue> metadata) {
        MetadataValue value = metadata.get("general.alignment");
        if (value == null) {
            return DEFAULT_ALIGNMENT;
        }
        Long alignment = value.asLong();
        if (value.type() != ValueType.UINT32 || alignment == null || alignment == 0
                || (alignment & (alignment - 1)) != 0) {
            throw new GgufFormatException(GgufProblem.BAD_ALIGNMENT, alignmentAt, value.type(), value.value());
        }
        return alignment;
    }

    /** Tensor data must lie inside the file, aligned, without two tensors sharing bytes. */
    private static void checkTensorData(GgufFile file) {
        long dataSize = file.fileSize() - file.dataOffset();
        if (!file.tensors().isEmpty() && dataSize < 0) {
            throw new GgufFormatException(GgufProblem.DATA_SECTION_PAST_END, file.fileSize(), file.dataOffset());
        }
        TensorInfo[] byOffset = file.tensors().toArray(new TensorInfo[0]);
        Arrays.sort(byOffset, Comparator.comparingLong(TensorInfo::offset));
        long end = 0;
        for (TensorInfo t : byOffset) {
            if (t.offset() < 0 || t.offset() % file.alignment() != 0) {
                throw new GgufFormatException(GgufProblem.MISALIGNED_TENSOR, file.dataOffset(), t.name(),
                        Long.toUnsignedString(t.offset()), file.alignment());
            }
            if (t.offset() < end) {
                throw new GgufFormatException(GgufProblem.OVERLAPPING_TENSORS, file.dataOffset(), t.name(), t.offset(),
                        end);
            }
            end = t.offset() + t.bytes();
            if (end < 0 || end > dataSize) {
                throw new GgufFormatException(GgufProblem.TENSOR_DATA_PAST_END, file.dataOffset() + t.offset(),
                        t.name(), t.bytes(), t.offset(), Math.max(0, dataSize));
            }
        }
    }

    static long alignUp(long position, long alignment) {
        return (position + alignment - 1) / alignment * alignment;
    }

    private static long multiply(long a, long b, GgufProblem overflow, String tensor, double at) {
        // a and b are never negative here; Math.multiplyHigh is not in TeaVM's class library.
        if (b != 0 && a > Long.MAX_VALUE / b) {
            throw new GgufFormatException(overflow, (long) at, tensor);
        }
        return a * b;
    }
}
