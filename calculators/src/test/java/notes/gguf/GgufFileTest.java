package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals the inspector shows, against the block layouts of ggml (ggml-common.h: block_q8_0 holds 32 weights in
 * 34 bytes, an F16 scale and 32 int8; block_q4_K 256 weights in 144 bytes; block_q6_K 256 in 210).
 */
class GgufFileTest {
    @TempDir
    Path dir;

    private static GgufFile mixed() {
        return GgufReader.read(new ByteArraySource(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "llama")
                .scalar("llama.block_count", ValueType.UINT32, 2L)
                .tensor("a", GgmlType.Q8_0, 64, 2)
                .tensor("b", GgmlType.F32, 64)
                .tensor("c", GgmlType.Q8_0, 32)
                .tensor("d", GgmlType.Q4_K, 256).toBytes()));
    }

    @Test
    void bitsPerWeightFollowTheBlockLayouts() {
        assertEquals(8.5, GgmlType.Q8_0.bitsPerWeight());
        assertEquals(4.5, GgmlType.Q4_K.bitsPerWeight());
        assertEquals(6.5625, GgmlType.Q6_K.bitsPerWeight());
        assertEquals(16.0, GgmlType.F16.bitsPerWeight());
    }

    @Test
    void totalsPerTypeInTheOrderTypesFirstAppear() {
        GgufFile f = mixed();
        Map<GgmlType, long[]> totals = f.totalsByType();
        assertEquals(List.of(GgmlType.Q8_0, GgmlType.F32, GgmlType.Q4_K), List.copyOf(totals.keySet()));
        // Q8_0: 2 tensors, 128 + 32 weights, (4 + 1) blocks of 34 bytes.
        assertArrayEquals(new long[] {2, 160, 170}, totals.get(GgmlType.Q8_0));
        assertArrayEquals(new long[] {1, 64, 256}, totals.get(GgmlType.F32));
        assertArrayEquals(new long[] {1, 256, 144}, totals.get(GgmlType.Q4_K));
        assertEquals(480, f.parameterCount());
        // (170 + 256 + 144) bytes x 8 / 480 weights
        assertEquals(8.0 * 570 / 480, f.bitsPerWeight(), 1e-12);
    }

    @Test
    void architectureValuesAreLookedUpUnderTheArchitecturesName() {
        GgufFile f = mixed();
        assertEquals(2L, f.architectureValue("block_count").asLong());
        assertNull(f.architectureValue("embedding_length"));
        GgufFile noArchitecture = GgufReader.read(new ByteArraySource(new GgufWriter()
                .scalar("llama.block_count", ValueType.UINT32, 2L).toBytes()));
        assertNull(noArchitecture.architectureValue("block_count"));
        GgufFile numericArchitecture = GgufReader.read(new ByteArraySource(new GgufWriter()
                .scalar("general.architecture", ValueType.UINT32, 7L).toBytes()));
        assertNull(numericArchitecture.architectureValue("block_count"));
        assertEquals(0.0, GgufReader.read(new ByteArraySource(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "llama").toBytes())).bitsPerWeight());
    }

    /** A file read through the JDK's channel gives the same header as in memory, reading only the header's bytes. */
    @Test
    void aFileOnDiskIsReadAsFarAsItsHeader() throws IOException {
        byte[] bytes = new GgufWriter().scalar("general.architecture", ValueType.STRING, "llama")
                .tensor("w", GgmlType.F32, 1 << 20).toBytes();
        Path file = dir.resolve("m.gguf");
        Files.write(file, bytes);
        try (FileSource source = new FileSource(file)) {
            GgufFile f = GgufReader.read(source);
            assertEquals(1 << 20, f.parameterCount());
            assertEquals(bytes.length, source.size());
            long header = f.dataOffset();
            assertEquals(true, source.bytesRead() >= header && source.bytesRead() < bytes.length,
                    source.bytesRead() + " bytes read for a " + header + "-byte header");
        }
    }
}
