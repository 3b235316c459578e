package notes.gguf;

import static notes.gguf.GgufTestFiles.mutate;
import static notes.gguf.GgufTestFiles.seedFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Mutated valid files: each case must either parse or be rejected with a {@link GgufFormatException} (never another
 * exception, an out-of-memory or a hang). {@code -Dgguf.fuzz.cases=100000} runs the benchmark-sized campaign. A
 * failing case is written into the regression corpus (src/test/resources/gguf-regressions, with offset "-" in
 * expected.tsv) before the test fails, so it is kept and rerun by {@link GgufRegressionTest} from then on.
 */
class GgufFuzzTest {
    private static final int CASES = Integer.getInteger("gguf.fuzz.cases", 3000);
    /**
     * A hang guard, not a speed claim (the benchmarks measure speed): every case so far takes well under a
     * millisecond, so only a real hang reaches this even on a slow, busy CI machine.
     */
    private static final Duration PER_CASE_LIMIT = Duration.ofSeconds(30);

    @Test
    void aFailingCaseIsKeptInTheCorpus(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("expected.tsv"), "# header\n");
        Path kept = keep(dir, new byte[] {'G', 'G', 'U', 'F'}, "fuzz-7");
        assertEquals(dir.resolve("fuzz-7.gguf"), kept);
        assertEquals(4, Files.size(kept));
        assertEquals("# header\nfuzz-7.gguf\t-\t\n", Files.readString(dir.resolve("expected.tsv")));
    }

    @Test
    void mutatedFilesParseOrAreRejectedWithAReason() {
        byte[] seed = seedFile();
        Random random = new Random(5);
        int rejected = 0;
        long slowestNanos = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] file = mutate(seed, random);
            long start = System.nanoTime();
            try {
                assertTimeoutPreemptively(PER_CASE_LIMIT, () -> GgufReader.read(new ByteArraySource(file)));
            } catch (GgufFormatException expected) {
                assertTrue(!expected.getMessage().isBlank());
                rejected++;
            } catch (OutOfMemoryError | RuntimeException e) {
                Path kept = keep(GgufRegressionTest.CORPUS, file, "fuzz-" + i);
                fail("case " + i + " threw " + e + "; kept as " + kept);
            }
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
        }
        assertTrue(rejected > CASES / 10, "rejected " + rejected + " of " + CASES);
        System.out.printf("gguf fuzz: %d cases, %d rejected, slowest %.2f ms%n", CASES, rejected, slowestNanos / 1e6);
    }

    /** Adds a failing input to the regression corpus (a file and a line of expected.tsv) and returns its path. */
    static Path keep(Path corpus, byte[] file, String name) {
        try {
            Path kept = corpus.resolve(name + ".gguf");
            Files.write(kept, file);
            Files.writeString(corpus.resolve("expected.tsv"), name + ".gguf\t-\t\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
