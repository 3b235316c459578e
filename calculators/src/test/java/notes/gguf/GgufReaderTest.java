package notes.gguf;

import static notes.gguf.GgufTestFiles.indexOf;
import static notes.gguf.GgufTestFiles.offsetFieldOf;
import static notes.gguf.GgufTestFiles.putU32;
import static notes.gguf.GgufTestFiles.putU64;
import static notes.gguf.GgufTestFiles.valid;
import static notes.gguf.GgufTestFiles.withTensorType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files written here for every value type, every tensor type and each kind of corruption. */
class GgufReaderTest {
    private static GgufFile read(byte[] file) {
        return GgufReader.read(new ByteArraySource(file));
    }

    private static String rejection(byte[] file) {
        return assertThrows(GgufFormatException.class, () -> read(file)).getMessage();
    }

    @Test
    void everyValueTypeRoundTrips() {
        GgufWriter w = new GgufWriter()
                .scalar("u8", ValueType.UINT8, 255).scalar("i8", ValueType.INT8, -128)
                .scalar("u16", ValueType.UINT16, 65535).scalar("i16", ValueType.INT16, -32768)
                .scalar("u32", ValueType.UINT32, 4294967295L).scalar("i32", ValueType.INT32, Integer.MIN_VALUE)
                .scalar("u64", ValueType.UINT64, -1L).scalar("i64", ValueType.INT64, Long.MIN_VALUE)
                .scalar("f32", ValueType.FLOAT32, 3.5f).scalar("f64", ValueType.FLOAT64, 0.1)
                .scalar("t", ValueType.BOOL, true).scalar("f", ValueType.BOOL, false)
                .scalar("empty", ValueType.STRING, "").scalar("zh", ValueType.STRING, "你好 🚀")
                .array("strings", ValueType.STRING, List.of("a", "", "中文"))
                .array("no items", ValueType.INT32, List.of())
                .array("doubles", ValueType.FLOAT64, List.of(1.5, -2.0));
        GgufFile f = read(w.toBytes());
        assertEquals(255L, f.metadata().get("u8").asLong());
        assertEquals(-128L, f.metadata().get("i8").asLong());
        assertEquals(65535L, f.metadata().get("u16").asLong());
        assertEquals(-32768L, f.metadata().get("i16").asLong());
        assertEquals(4294967295L, f.metadata().get("u32").asLong());
        assertEquals((long) Integer.MIN_VALUE, f.metadata().get("i32").asLong());
        assertEquals("18446744073709551615", Long.toUnsignedString((Long) f.metadata().get("u64").value()));
        assertEquals(Long.MIN_VALUE, f.metadata().get("i64").value());
        assertEquals(3.5, f.metadata().get("f32").value());
        assertEquals(0.1, f.metadata().get("f64").value());
        assertEquals(true, f.metadata().get("t").value());
        assertEquals(false, f.metadata().get("f").value());
        assertEquals("", f.metadata().get("empty").value());
        assertEquals("你好 🚀", f.metadata().get("zh").value());
        assertEquals(List.of("a", "", "中文"), f.metadata().get("strings").value());
        assertEquals(ValueType.STRING, f.metadata().get("strings").subType());
        assertEquals(List.of(), f.metadata().get("no items").value());
        assertEquals(List.of(1.5, -2.0), f.metadata().get("doubles").value());
        assertEquals(17, f.kvCount());
    }

    /**
     * Arrays are kept in primitive arrays and boxed on read: each item type's limits (the ranges of gguf.md's types)
     * come back as the scalars do, and 64-bit items stay exact in the command line's JSON (2^64 - 1 =
     * 18446744073709551615, -2^63 = -9223372036854775808).
     */
    @Test
    void everyArrayItemTypeRoundTrips() {
        GgufFile f = read(new GgufWriter()
                .array("u8", ValueType.UINT8, List.of(0, 255)).array("i8", ValueType.INT8, List.of(-128, 127))
                .array("u16", ValueType.UINT16, List.of(65535)).array("i16", ValueType.INT16, List.of(-32768))
                .array("u32", ValueType.UINT32, List.of(4294967295L)).array("i32", ValueType.INT32,
                        List.of(Integer.MIN_VALUE))
                .array("u64", ValueType.UINT64, List.of(-1L)).array("i64", ValueType.INT64, List.of(Long.MIN_VALUE))
                .array("f32", ValueType.FLOAT32, List.of(-0.25f)).array("b", ValueType.BOOL, List.of(true, false))
                .toBytes());
        assertEquals(List.of(0, 255), f.metadata().get("u8").value());
        assertEquals(List.of(-128, 127), f.metadata().get("i8").value());
        assertEquals(List.of(65535), f.metadata().get("u16").value());
        assertEquals(List.of(-32768), f.metadata().get("i16").value());
        assertEquals(List.of(4294967295L), f.metadata().get("u32").value());
        assertEquals(List.of(Integer.MIN_VALUE), f.metadata().get("i32").value());
        assertEquals(List.of(-1L), f.metadata().get("u64").value());
        assertEquals(List.of(-0.25), f.metadata().get("f32").value());
        assertEquals(List.of(true, false), f.metadata().get("b").value());
        String json = GgufJson.write(f);
        assertTrue(json.contains("\"subType\": \"UINT64\", \"value\": [18446744073709551615]"), json);
        assertTrue(json.contains("\"subType\": \"INT64\", \"value\": [-9223372036854775808]"), json);
    }

    /**
     * Offsets are kept as doubles in the page, exact up to 2^53 = 9007199254740992 (ECMAScript's
     * Number.MAX_SAFE_INTEGER + 1): an offset from there on is rejected where it is written, one below it is judged
     * against the file as before.
     */
    @Test
    void tensorOffsetsFrom2To53AreRejected() {
        byte[] f = valid();
        int at = offsetFieldOf(f, "v");
        putU64(f, at, 9007199254740992L);
        GgufFormatException e = assertThrows(GgufFormatException.class, () -> read(f));
        assertEquals(GgufProblem.TENSOR_OFFSET_TOO_LARGE, e.problem());
        assertEquals(at, e.offset());
        assertTrue(e.getMessage().contains("offset 9007199254740992"), e.getMessage());
        putU64(f, at, -1L);
        assertTrue(rejection(f).contains("offset 18446744073709551615"));
        putU64(f, at, 9007199254740992L - 32); // aligned, below 2^53: past the end of this small file
        assertEquals(GgufProblem.TENSOR_DATA_PAST_END,
                assertThrows(GgufFormatException.class, () -> read(f)).problem());
    }

    @ParameterizedTest
    @EnumSource(GgmlType.class)
    void everyTensorTypeHasItsSize(GgmlType type) {
        long rowLength = 2L * type.blockSize();
        GgufFile f = read(new GgufWriter().tensor("t", type, rowLength, 3).tensor("u", type, rowLength).toBytes());
        TensorInfo t = f.tensors().get(0);
        assertEquals(type, t.type());
        assertEquals(rowLength * 3, t.elements());
        assertEquals(2L * 3 * type.typeSize(), t.bytes());
        assertEquals(GgufReader.alignUp(t.bytes(), 32), f.tensors().get(1).offset());
    }

    @Test
    void headerFieldsAndTotals() {
        GgufFile f = read(new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .alignment(64).tensor("a", GgmlType.F16, 64, 2).tensor("b", GgmlType.Q8_0, 64).toBytes());
        assertEquals(64, f.alignment());
        assertEquals(0, f.dataOffset() % 64);
        assertEquals(192, f.parameterCount());
        assertEquals(64 * 2 * 2 + 2 * 34, f.tensorBytes());
        assertEquals(3, f.totalsByType().get(GgmlType.F16).length);
    }

    // ---- corruptions: each rejected with its reason ----

    @Test
    void badMagicAndVersions() {
        byte[] f = valid();
        f[0] = 'X';
        assertTrue(rejection(f).contains("not a GGUF file"));
        for (int version : new int[] {1, 4, 0}) {
            byte[] g = valid();
            putU32(g, 4, version);
            assertTrue(rejection(g).contains("unsupported GGUF version " + version));
        }
        assertTrue(rejection(new byte[0]).contains("not a GGUF file"));
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] f = valid();
        for (int n = 0; n < f.length; n++) {
            byte[] prefix = Arrays.copyOf(f, n);
            String reason = rejection(prefix);
            assertTrue(reason.contains("truncated") || reason.contains("cannot fit") || reason.contains("not a GGUF")
                    || reason.contains("claims") || reason.contains("past the end") || reason.contains("ends before"),
                    n + " bytes: " + reason);
        }
    }

    @Test
    void countsAndLengthsTheFileCannotHoldAreRejectedBeforeAllocating() {
        byte[] f = valid();
        putU64(f, 16, 1L << 62); // kv_count
        assertTrue(rejection(f).contains("metadata count 4611686018427387904 cannot fit"));
        f = valid();
        putU64(f, 8, -1L); // tensor_count 2^64 - 1
        assertTrue(rejection(f).contains("tensor count 18446744073709551615 cannot fit"));
        f = valid();
        putU64(f, 24, 1L << 40); // length of the first key
        assertTrue(rejection(f).contains("metadata key claims 1099511627776 bytes"));
        f = valid();
        int arrayCount = indexOf(f, "tokens".getBytes()) + 6 + 4 + 4;
        putU64(f, arrayCount, 1L << 50);
        assertTrue(rejection(f).contains("array length of 'tokens' 1125899906842624 cannot fit"));
    }

    @Test
    void unknownRemovedAndMalformedTypes() {
        byte[] f = valid();
        putU32(f, indexOf(f, "llama".getBytes()) - 8 - 4, 99);
        assertTrue(rejection(f).contains("unknown metadata value type 99"));
        assertTrue(rejection(withTensorType(77)).contains("unknown type 77"));
        assertTrue(rejection(withTensorType(31)).contains("type 31, which was removed"));
        assertTrue(rejection(new GgufWriter().tensor("x", GgmlType.Q4_K, 100, 2).toBytes())
                .contains("100 elements per row, not a multiple of Q4_K's block size 256"));
        assertTrue(rejection(new GgufWriter().scalar("b", ValueType.BOOL, 2).toBytes())
                .contains("boolean 'b' holds 2"));
        byte[] dims = valid();
        putU32(dims, indexOf(dims, new byte[] {'w'}) + 1, 5);
        assertTrue(rejection(dims).contains("has 5 dimensions; at most 4"));
    }

    @Test
    void layoutViolations() {
        assertTrue(rejection(new GgufWriter().scalar("k", ValueType.UINT8, 1).scalar("k", ValueType.UINT8, 2)
                .toBytes()).contains("duplicate metadata key 'k'"));
        assertTrue(rejection(new GgufWriter().tensor("t", GgmlType.F32, 4).tensor("t", GgmlType.F32, 4).toBytes())
                .contains("duplicate tensor name 't'"));
        assertTrue(rejection(new GgufWriter().scalar("general.alignment", ValueType.UINT32, 48).toBytes())
                .contains("general.alignment must be a UINT32 power of two"));
        byte[] f = valid();
        putU64(f, offsetFieldOf(f, "v"), 8); // not a multiple of 32
        assertTrue(rejection(f).contains("offset 8, not a multiple of the alignment 32"));
        f = valid();
        putU64(f, offsetFieldOf(f, "v"), 0); // same bytes as 'w'
        assertTrue(rejection(f).contains("overlaps the tensor before it"));
        f = valid();
        putU64(f, offsetFieldOf(f, "v"), 1 << 20);
        assertTrue(rejection(f).contains("runs past the end of the file"));
        byte[] cut = Arrays.copyOf(valid(), valid().length - 1);
        assertTrue(rejection(cut).contains("runs past the end of the file"));
        byte[] huge = new GgufWriter().tensor("big", GgmlType.F32, 1L << 40, 1L << 40).headerOnly().toBytes();
        assertTrue(rejection(huge).contains("overflows 64 bits"));
    }

    /** The JVM source reads the header only, not a sparse multi-gigabyte data section. */
    @Test
    void fileSourceReadsOnlyTheHeader(@TempDir Path dir) throws IOException {
        // 1.5 G F16 weights: 3 GiB of data, as a sparse file that takes no disk space.
        byte[] header = new GgufWriter().tensor("huge", GgmlType.F16, 3L << 29, 1).headerOnly().toBytes();
        Path file = dir.resolve("sparse.gguf");
        Files.write(file, header);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(header.length + (3L << 30));
        }
        try (FileSource source = new FileSource(file)) {
            GgufFile f = GgufReader.read(source);
            assertEquals(3L << 29, f.parameterCount());
            assertEquals(header.length, f.dataOffset());
            // One 64 KiB buffer at most: the reader never touches the tensor data.
            assertTrue(source.bytesRead() <= 64 * 1024, "bytes read: " + source.bytesRead());
        }
    }
}
