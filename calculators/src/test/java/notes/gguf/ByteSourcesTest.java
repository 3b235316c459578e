package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte sources under the reader: a slice at any position lands at any offset of the target, exactly. */
class ByteSourcesTest {
    @TempDir
    Path dir;

    private static byte[] counting(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    @Test
    void aFileSourceReadsASliceIntoAnOffset() throws IOException {
        byte[] data = counting(100_000);
        Path file = dir.resolve("f.bin");
        Files.write(file, data);
        try (FileSource source = new FileSource(file)) {
            byte[] target = new byte[20];
            source.read(70_000, target, 5, 10);
            assertArrayEquals(Arrays.copyOfRange(data, 70_000, 70_010), Arrays.copyOfRange(target, 5, 15));
            assertArrayEquals(new byte[5], Arrays.copyOfRange(target, 0, 5), "nothing before the offset");
            assertEquals(10, source.bytesRead());
            assertEquals(100_000, source.size());
        }
    }

    @Test
    void anArraySourceReadsASliceIntoAnOffset() {
        byte[] data = counting(50);
        ByteArraySource source = new ByteArraySource(data);
        byte[] target = new byte[8];
        source.read(40, target, 3, 5);
        assertArrayEquals(Arrays.copyOfRange(data, 40, 45), Arrays.copyOfRange(target, 3, 8));
        assertEquals(50, source.size());
    }

    /** A string value that ends exactly at the end of the file is whole, not truncated. */
    @Test
    void aStringEndingExactlyAtTheEndOfTheFileIsRead() {
        byte[] bytes = new GgufWriter().scalar("general.name", ValueType.STRING, "tail").toBytes();
        GgufFile f = GgufReader.read(new ByteArraySource(bytes));
        assertEquals("tail", f.metadata().get("general.name").value());
    }

    /** MLA without a RoPE dimension caches the latent alone: kv_lora_rank per layer. */
    @Test
    void latentAttentionWithoutRope() {
        KvCacheEstimate kv = KvCacheEstimate.of(GgufReader.read(new ByteArraySource(new GgufWriter()
                .scalar("general.architecture", ValueType.STRING, "deepseek2")
                .scalar("deepseek2.block_count", ValueType.UINT32, 2L)
                .scalar("deepseek2.attention.kv_lora_rank", ValueType.UINT32, 512L).toBytes())));
        assertEquals(1024, kv.elementsPerToken());
        assertEquals(new KvCacheEstimate.Attention(true, 512, 0), kv.attention());
    }
}
