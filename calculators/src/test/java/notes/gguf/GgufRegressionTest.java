package notes.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus in src/test/resources/gguf-regressions: every file that broke or slowed a GGUF reader
 * (this one or the naive reading of the spec), with the offset where its problem starts and a word of the reason,
 * listed in expected.tsv. The offsets come from the file layout (make_corpus.py), not from this reader. Files the
 * fuzz campaign finds are added with offset {@code -}: they must then parse or be rejected with a reason, until a
 * developer pins what they should say.
 */
class GgufRegressionTest {
    static final Path CORPUS = Path.of("src/test/resources/gguf-regressions");
    /** A hang guard only: each file is read in well under a millisecond. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t", -1);
                cases.add(Arguments.of(cells[0], cells[1], cells[2]));
            }
        }
        assertTrue(cases.size() >= 10, "the corpus holds " + cases.size() + " files");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRejectedWithItsReasonAndOffset(String file, String offset, String reasonWord) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(file));
        if (offset.equals("-")) {
            parsesOrIsRejectedWithAReason(file, bytes);
        } else {
            GgufFormatException e = assertThrows(GgufFormatException.class,
                    () -> assertTimeoutPreemptively(LIMIT, () -> GgufReader.read(new ByteArraySource(bytes))));
            assertEquals(Long.parseLong(offset), e.offset(), file + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(reasonWord), file + ": " + e.getMessage());
            assertTrue(e.getMessage().endsWith("(at byte " + offset + ")"), e.getMessage());
        }
    }

    private static void parsesOrIsRejectedWithAReason(String file, byte[] bytes) {
        try {
            assertTimeoutPreemptively(LIMIT, () -> GgufReader.read(new ByteArraySource(bytes)));
        } catch (GgufFormatException rejected) {
            assertTrue(!rejected.getMessage().isBlank(), file);
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(file + ": " + e);
        }
    }
}
