package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import notes.base.JsonText;
import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.FieldKind;
import notes.form.Fields;
import notes.form.Output;
import notes.form.Registry;
import notes.form.Result;
import notes.form.RowGroup;
import notes.form.Run;

/**
 * The contract every registered calculator keeps, generated per calculator from {@link Registry}, so a new
 * calculator is tested the moment it is registered: its defaults compute; every output it writes is declared and
 * every declared output is written whenever it is shown (with the defaults, and with the option each conditional
 * output depends on); 200 random bad inputs through the JSON command line give zh-Hant messages on
 * declared fields, never NaN, Infinity, exponent notation, English text or a stack trace; the command line
 * agrees with the page's compute ({@link Run#compute}); and every field a reader types into has a zh-Hant example hint.
 */
class CalculatorContractTest {
    private static final int BAD_INPUTS = 200;
    /** Text a reader or a script might send: empty, words, exponents, non-finite names, huge, wrong separators. */
    private static final String[] GARBAGE = {"", " ", "abc", "1e999", "NaN", "Infinity", "-Infinity", "-1", "0", "-0",
        "99999999999999999999999", "1,5", "1.2.3", "--1", "%", "50%", "１２３．５", "0x10", "1e-320", "一百",
        "2008-02-30", "12/31/2024", "yes", "no", "custom", "\u0000", "<script>", "9".repeat(400), "0.0000000001",
        "-99999999999", "1,000,000", "3 4", "1;2", "∞"};
    private static final Pattern EXPONENT = Pattern.compile("\\d[eE][-+]?\\d");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(must|not|the|is|be|and|exceeds?|cannot|above|below|error|exception|null|invalid|expected)\\b");
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** The kinds a reader types a value into, each of which shows an example while empty. */
    private static final Set<FieldKind> TYPED = EnumSet.of(FieldKind.NUMBER, FieldKind.INTEGER, FieldKind.DATE,
            FieldKind.TEXT, FieldKind.VECTOR, FieldKind.MATRIX);

    @TestFactory
    Stream<DynamicTest> everyRegisteredCalculator() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Calculator c : Registry.all().values()) {
            String name = c.declaration().name();
            tests.add(DynamicTest.dynamicTest(name + ": defaults compute and write every declared output",
                    () -> defaultsCompute(c)));
            tests.add(DynamicTest.dynamicTest(name + ": random bad input gets zh-Hant field messages",
                    () -> badInputGetsMessages(c)));
            tests.add(DynamicTest.dynamicTest(name + ": the command line agrees with the page's compute",
                    () -> commandLineAgrees(c)));
            tests.add(DynamicTest.dynamicTest(name + ": every typed field has an example hint",
                    () -> typedFieldsHaveHints(c)));
        }
        return tests.stream();
    }

    private static void defaultsCompute(Calculator c) {
        if (hasFileField(c.declaration())) {
            return; // a file has no default; its calculator's own test opens the sample file
        }
        writesShownOutputs(c, Map.of());
        // An output shown only for one option of a choice is checked with that option chosen.
        for (Output o : c.declaration().outputs()) {
            if (o.showWhenField() != null) {
                writesShownOutputs(c, Map.of(o.showWhenField(), o.showWhenValue()));
            }
        }
    }

    /** With {@code input} (else the defaults) the calculator computes and writes every output then shown. */
    private static void writesShownOutputs(Calculator c, Map<String, String> input) {
        Result r = Run.compute(c, input);
        String name = c.declaration().name() + " " + input;
        assertTrue(r.isValid(), name + " defaults: " + r.problems());
        Map<String, String> shown = new Fields(c.declaration(), input).shownText();
        for (Output o : c.declaration().outputs()) {
            boolean written = o.isMarkup() ? r.html().containsKey(o.name()) : r.texts().containsKey(o.name());
            assertTrue(written || !o.isShownWith(shown), name + " does not write declared output " + o.name());
            boolean tabular = o.kind() == Output.Kind.TABLE || o.kind() == Output.Kind.LIST;
            assertEquals(tabular && written, r.data().containsKey(o.name()),
                    name + "." + o.name() + ": tables and lists (only) reach the command line as cells");
        }
        for (String key : r.texts().keySet()) {
            assertNotNull(c.declaration().output(key), "output " + key + " is not declared");
        }
        for (String key : r.html().keySet()) {
            assertNotNull(c.declaration().output(key), "output " + key + " is not declared");
        }
        assertReadable(c, r);
    }

    private static void badInputGetsMessages(Calculator c) {
        Random random = new Random(20261129L ^ c.declaration().name().hashCode());
        List<String> names = fieldNames(c.declaration());
        for (int i = 0; i < BAD_INPUTS; i++) {
            Map<String, String> input = new LinkedHashMap<>();
            int changes = 1 + random.nextInt(3);
            for (int j = 0; j < changes; j++) {
                input.put(names.get(random.nextInt(names.size())), GARBAGE[random.nextInt(GARBAGE.length)]);
            }
            // The reader's own text, quoted back in 「」, may be anything; everything else is the calculator's.
            String stdout = QUOTED.matcher(runCommandLine(c.declaration().name(), json(input))).replaceAll("「」");
            String context = c.declaration().name() + " " + input + " -> " + stdout;
            assertFalse(stdout.contains("NaN") || stdout.contains("Infinity"), context);
            assertFalse(stdout.contains("Exception") || stdout.contains("\tat "), context);
            Result r = Run.compute(c, input);
            for (Map.Entry<String, String> p : r.problems().entrySet()) {
                assertTrue(p.getKey().equals(Run.FORM) || c.declaration().field(p.getKey()) != null,
                        "problem on undeclared field " + p.getKey() + ": " + context);
                assertTrue(CJK.matcher(p.getValue()).find(), "message not in zh-Hant: " + context);
                assertFalse(ENGLISH.matcher(QUOTED.matcher(p.getValue()).replaceAll("")).find(),
                        "English in message: " + context);
            }
            assertReadable(c, r);
        }
    }

    private static void commandLineAgrees(Calculator c) {
        if (hasFileField(c.declaration())) {
            return;
        }
        Result page = Run.compute(c, Map.of());
        String stdout = runCommandLine(c.declaration().name(), "{}");
        for (Map.Entry<String, String> e : page.texts().entrySet()) {
            String exact = page.values().get(e.getKey());
            String expected = JsonText.quote(e.getKey()) + ": "
                    + (exact != null ? notes.form.Decimals.plain(Double.parseDouble(exact)) : JsonText.quote(e.getValue()));
            assertTrue(stdout.contains(expected), "command line lacks " + expected + " in " + stdout);
        }
    }

    /** Every field a reader types into, of the form and of its rows, shows a zh-Hant example ("例如 …") while empty. */
    private static void typedFieldsHaveHints(Calculator c) {
        List<String> missing = new ArrayList<>();
        for (Field f : c.declaration().fields()) {
            if (TYPED.contains(f.kind()) && !hasExample(f)) {
                missing.add(f.name());
            }
        }
        for (RowGroup g : c.declaration().rowGroups()) {
            for (Field f : g.fields()) {
                if (TYPED.contains(f.kind()) && !hasExample(f)) {
                    missing.add(g.prefix() + ".N." + f.name());
                }
            }
        }
        assertTrue(missing.isEmpty(), c.declaration().name() + " fields without an example hint: " + missing);
    }

    private static boolean hasExample(Field f) {
        return !f.hint().isEmpty() && CJK.matcher(f.hint()).find() && f.hint().contains("例如");
    }

    /** Texts a reader sees: no exponent notation, no non-finite numbers. */
    private static void assertReadable(Calculator c, Result r) {
        for (Map.Entry<String, String> t : r.texts().entrySet()) {
            String where = c.declaration().name() + " output " + t.getKey() + " = " + t.getValue();
            assertFalse(EXPONENT.matcher(t.getValue()).find(), where);
            assertFalse(t.getValue().contains("NaN") || t.getValue().contains("Infinity"), where);
        }
        for (Map.Entry<String, String> h : r.html().entrySet()) {
            String where = c.declaration().name() + " markup " + h.getKey();
            assertFalse(h.getValue().contains("NaN") || h.getValue().contains("Infinity"), where);
            assertFalse(EXPONENT.matcher(h.getValue().replaceAll("<[^>]*>", " ")).find(), where);
        }
    }

    private static List<String> fieldNames(Declaration d) {
        List<String> names = new ArrayList<>();
        for (Field f : d.fields()) {
            // A file field is garbled too: on the command line its value is a path the reader may mistype.
            names.add(f.name());
        }
        for (RowGroup g : d.rowGroups()) {
            for (Field f : g.fields()) {
                names.add(g.prefix() + ".0." + f.name());
            }
        }
        return names;
    }

    private static boolean hasFileField(Declaration d) {
        return d.fields().stream().anyMatch(f -> f.kind() == FieldKind.FILE);
    }

    private static String json(Map<String, String> input) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : input.entrySet()) {
            sb.append(sb.length() > 1 ? "," : "").append(JsonText.quote(e.getKey())).append(':')
                    .append(JsonText.quote(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String runCommandLine(String name, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {name}, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr for " + stdin);
        assertTrue(status == 0 || status == 1, "exit status " + status);
        assertEquals(status == 1, stdout.contains("\"errors\""), stdout);
        return stdout;
    }
}
