package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import notes.gguf.ByteArraySource;
import notes.gguf.GgufFormatException;
import notes.gguf.GgufProblem;
import notes.gguf.GgufReader;
import notes.gguf.GgufTestFiles;

/**
 * Every rejection the reader makes reads as zh-Hant on the page: each problem from a file crafted for it, every
 * file of the regression corpus and the fuzz cases.
 */
class GgufMessagesTest {
    private static final Path CORPUS = Path.of("src/test/resources/gguf-regressions");
    private static final int FUZZ_CASES = 3000;
    /** Words of the English reasons; none may be left outside the 「」 that quote names from the file. */
    private static final List<String> ENGLISH = List.of("must", "not", "the", "is", "file", "bytes", "byte", "tensor",
            "expected", "invalid", "at", "of", "has", "holds", "claims", "remain", "truncated", "overflows",
            "duplicate", "unknown", "metadata", "key", "offset", "alignment", "dimensions", "boolean", "array");
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /** The reader's rejection of {@code file}, or null when it parses. */
    private static GgufFormatException rejection(byte[] file) {
        try {
            GgufReader.read(new ByteArraySource(file));
            return null;
        } catch (GgufFormatException e) {
            return e;
        }
    }

    @ParameterizedTest
    @EnumSource(GgufProblem.class)
    void eachProblemComesFromItsCraftedFileAndIsWorded(GgufProblem problem) {
        byte[] file = GgufTestFiles.crafted(problem);
        GgufFormatException e = assertThrows(GgufFormatException.class,
                () -> GgufReader.read(new ByteArraySource(file)));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(problem.parameters().size(), e.args().size());
        assertReadsAsZhHant(e);
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> gguf = files.filter(f -> f.toString().endsWith(".gguf")).sorted().toList();
            assertTrue(gguf.size() >= 10, "corpus files: " + gguf.size());
            return gguf.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusRejectionsReadAsZhHant(Path file) throws IOException {
        GgufFormatException e = rejection(Files.readAllBytes(file));
        if (e != null) {
            assertReadsAsZhHant(e);
        }
    }

    @Test
    void fuzzRejectionsReadAsZhHant() {
        byte[] seed = GgufTestFiles.seedFile();
        Random random = new Random(5); // GgufFuzzTest's seed: the same cases
        Set<GgufProblem> seen = EnumSet.noneOf(GgufProblem.class);
        for (int i = 0; i < FUZZ_CASES; i++) {
            GgufFormatException e = rejection(GgufTestFiles.mutate(seed, random));
            if (e != null) {
                assertReadsAsZhHant(e);
                seen.add(e.problem());
            }
        }
        // Not every problem: some need a crafted file. Enough kinds that the check means something.
        assertTrue(seen.size() >= 8, "problems met: " + seen);
    }

    /** Arguments that take the wrong count are a bug in the reader, caught where the exception is made. */
    @Test
    void argumentsMustMatchTheProblem() {
        assertThrows(IllegalArgumentException.class, () -> new GgufFormatException(GgufProblem.DUPLICATE_KEY, 0));
    }

    @Test
    void namesFromTheFileAreQuoted() {
        GgufFormatException e = new GgufFormatException(GgufProblem.BAD_BOOLEAN, 40, "is the file invalid", 2);
        assertEquals("布林值「is the file invalid」存的是 2，只能是 0 或 1（第 40 個位元組）。", GgufMessages.zhHant(e));
        assertEquals("boolean 'is the file invalid' holds 2, not 0 or 1 (at byte 40)", e.getMessage());
    }

    private static void assertReadsAsZhHant(GgufFormatException e) {
        String zh = GgufMessages.zhHant(e);
        String context = e.getMessage() + " -> " + zh;
        assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                context);
        assertTrue(zh.contains("第 " + e.offset() + " 個位元組"), context);
        String unquoted = QUOTED.matcher(zh).replaceAll("「」");
        Matcher words = WORD.matcher(unquoted);
        while (words.find()) {
            String word = words.group();
            assertFalse(ENGLISH.contains(word.toLowerCase(Locale.ROOT)), "English word '" + word + "': " + context);
            // What Latin is left must be a format or type name (GGUF, UINT32, Q4_K...), never a lower-case word.
            assertEquals(word.toUpperCase(Locale.ROOT), word, "lower-case word '" + word + "': " + context);
        }
    }
}
