package notes.onnx;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import notes.Oracles;
import notes.gguf.ByteArraySource;

/**
 * Mutated oracle models (every {@code .onnx} in {@code oracles/onnx}, valid and corrupt, plus one written here):
 * each case must either parse or be rejected with an {@link OnnxFormatException}, never another exception, an
 * out-of-memory or a hang. 100,000 cases by default ({@code -Donnx.fuzz.cases=N} for another count), seeded, so a
 * failure repeats; the failing case's number and bytes are in the message.
 *
 * <p>Mutations: flips of 1 to 8 random bits; truncation at a random length; inflation of a length field (a byte
 * whose low 3 bits say wire type 2, followed by its length varint, which is replaced by a random larger varint of 1
 * to 10 bytes, up to 2^63); an overlong varint (ten or more continuation bytes) at a random place; a random byte
 * range duplicated or deleted.
 */
class OnnxFuzzTest {
    private static final int CASES = Integer.getInteger("onnx.fuzz.cases", 100_000);
    private static final int BATCH = 2_000;
    /**
     * A hang guard, not a speed claim: a batch takes tens of milliseconds, so only a real hang (a loop that does not
     * advance) reaches this, even on a slow and busy machine.
     */
    private static final Duration PER_BATCH_LIMIT = Duration.ofSeconds(60);

    static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Oracles.dir().resolve("onnx"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".onnx")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (bytes.length > 0) {
                    seeds.add(bytes);
                }
            }
        }
        seeds.add(Proto.simpleModel().toBytes());
        assertTrue(seeds.size() >= 8, "seeds: " + seeds.size());
        return seeds;
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] file = seed.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    file[random.nextInt(file.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return file;
            }
            case 1 -> {
                return Arrays.copyOf(file, random.nextInt(file.length));
            }
            case 2, 3 -> {
                return inflateLength(file, random);
            }
            case 4 -> {
                int at = random.nextInt(file.length);
                int run = 10 + random.nextInt(4);
                byte[] out = new byte[file.length + run];
                System.arraycopy(file, 0, out, 0, at);
                Arrays.fill(out, at, at + run, (byte) 0xFF);
                System.arraycopy(file, at, out, at + run, file.length - at);
                return out;
            }
            default -> {
                int from = random.nextInt(file.length);
                int to = from + random.nextInt(Math.min(64, file.length - from) + 1);
                if (random.nextBoolean()) {
                    byte[] out = new byte[file.length - (to - from)];
                    System.arraycopy(file, 0, out, 0, from);
                    System.arraycopy(file, to, out, from, file.length - to);
                    return out;
                }
                byte[] out = new byte[file.length + (to - from)];
                System.arraycopy(file, 0, out, 0, to);
                System.arraycopy(file, from, out, to, file.length - to);
                return out;
            }
        }
    }

    /** Replaces the length varint after a random wire-type-2 tag byte by a larger one. */
    private static byte[] inflateLength(byte[] file, Random random) {
        int start = random.nextInt(file.length);
        for (int k = 0; k < file.length; k++) {
            int i = (start + k) % file.length;
            if ((file[i] & 0x87) != 0x02 || i + 1 >= file.length) {
                continue;
            }
            int end = i + 1;
            while (end < file.length && end - i <= 10 && file[end] < 0) {
                end++;
            }
            end = Math.min(end + 1, file.length);
            long value = random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE
                    : (file[i + 1] & 0x7F) + 1 + random.nextInt(1 << (1 + random.nextInt(20)));
            Proto length = Proto.of().rawVarint(value);
            byte[] varint = length.toBytes();
            byte[] out = new byte[file.length - (end - i - 1) + varint.length];
            System.arraycopy(file, 0, out, 0, i + 1);
            System.arraycopy(varint, 0, out, i + 1, varint.length);
            System.arraycopy(file, end, out, i + 1 + varint.length, file.length - end);
            return out;
        }
        file[random.nextInt(file.length)] ^= 1;
        return file;
    }

    @Test
    void mutatedModelsParseOrAreRejectedWithAReason() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(16);
        int[] rejected = {0};
        long start = System.nanoTime();
        for (int batchStart = 0; batchStart < CASES; batchStart += BATCH) {
            int first = batchStart;
            int last = Math.min(CASES, batchStart + BATCH);
            assertTimeoutPreemptively(PER_BATCH_LIMIT, () -> {
                for (int i = first; i < last; i++) {
                    byte[] file = mutate(seeds.get(random.nextInt(seeds.size())), random);
                    try {
                        OnnxReader.read(new ByteArraySource(file));
                    } catch (OnnxFormatException expected) {
                        assertTrue(!expected.getMessage().isBlank());
                        rejected[0]++;
                    } catch (OutOfMemoryError | RuntimeException e) {
                        fail("case " + i + " threw " + e + " on " + HexFormat.of().formatHex(file), e);
                    }
                }
            }, () -> "a batch from case " + first + " did not finish in " + PER_BATCH_LIMIT);
        }
        assertTrue(rejected[0] > CASES / 4, "rejected " + rejected[0] + " of " + CASES);
        System.out.printf("onnx fuzz: %,d cases, %,d rejected, %.1f s%n", CASES, rejected[0],
                (System.nanoTime() - start) / 1e9);
    }
}
