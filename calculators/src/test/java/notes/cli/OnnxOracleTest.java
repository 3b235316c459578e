package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import notes.Oracles;

/**
 * {@code onnx FILE} against {@code oracles/onnx/}: models written by protobufjs (onnx-proto 8.0.1) and
 * {@code @bufbuild/protobuf} (onnx-buf 1.20.0-1), each with the summary protobufjs decoded from it (and the second
 * decoder agreed with), plus corrupt files. Every file in the folder is checked: a valid one's JSON must equal its
 * summary value for value (numbers as numbers, strings as strings, objects regardless of key order); a corrupt one
 * must exit 1 with a one-line reason and byte offset.
 */
class OnnxOracleTest {
    private record Run(int status, String out, String err) {
    }

    private static Run run(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"onnx", file.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path dir() {
        return Oracles.dir().resolve("onnx");
    }

    static Stream<String> oracles() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".onnx"))
                    .map(n -> n.substring(0, n.length() - ".onnx".length())).sorted().toList();
            assertTrue(names.size() >= 8, "oracle models: " + names);
            return names.stream();
        }
    }

    private static Map<String, Object> expected(String name) throws IOException {
        return map(StrictJson.parse(Files.readString(dir().resolve(name + ".json"))));
    }

    @ParameterizedTest
    @MethodSource("oracles")
    void eachOracleIsMatchedOrRejected(String name) throws IOException {
        Map<String, Object> expected = expected(name);
        Run run = run(dir().resolve(name + ".onnx"));
        if (Boolean.TRUE.equals(expected.get("ok"))) {
            assertEquals(0, run.status(), run.err());
            assertEquals(expected, StrictJson.parse(run.out()), name);
        } else {
            assertEquals(1, run.status(), name + " was accepted: " + run.out());
            assertEquals("", run.out());
            String reason = run.err().strip();
            assertEquals(1, reason.lines().count(), reason);
            assertTrue(reason.matches(".*: .+ \\(at byte \\d+\\)"), reason);
        }
    }

    static Stream<String> validOracles() throws IOException {
        List<String> valid = new ArrayList<>();
        for (String name : oracles().toList()) {
            if (Boolean.TRUE.equals(expected(name).get("ok"))) {
                valid.add(name);
            }
        }
        return valid.stream();
    }

    /**
     * An unknown field holding a group (wire types 3 and 4, with a nested group, a varint, a length-delimited and a
     * fixed32 value inside) appended to a model: the encoding spec (protobuf.dev/programming-guides/encoding/,
     * "Groups"; appended fields merge into the message) has parsers skip it, so the summary is still the one
     * protobufjs decoded from the file without it.
     */
    @ParameterizedTest
    @MethodSource("validOracles")
    void anUnknownGroupIsSkipped(String name, @TempDir Path dir) throws IOException {
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        for (long v : new long[] {1000L << 3 | 3, 1 << 3, 300, 2 << 3 | 2, 1, 'x', 1001L << 3 | 3, 3 << 3 | 5}) {
            varint(group, v);
        }
        group.writeBytes(new byte[] {1, 2, 3, 4});
        varint(group, 1001L << 3 | 4);
        varint(group, 1000L << 3 | 4);
        Path file = dir.resolve(name + ".onnx");
        Files.write(file, Files.readAllBytes(dir().resolve(name + ".onnx")));
        Files.write(file, group.toByteArray(), java.nio.file.StandardOpenOption.APPEND);
        Run run = run(file);
        assertEquals(0, run.status(), run.err());
        assertEquals(expected(name), StrictJson.parse(run.out()), name);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** The corrupt files' reasons name what their README says is wrong, at the byte where it is. */
    @Test
    void corruptFilesGetTheirSpecificReason() {
        // ms_contrib_ops.onnx cut at 467 bytes: the graph field (7) starts at byte 53 and claims more than remains.
        assertReason("bad_truncated_graph", "truncated: field 7 (graph) of ModelProto declares 823 bytes but only 411"
                + " remain in the file (at byte 53)");
        // ir_version (field 1): the tag at byte 0, its 11-byte varint from byte 1.
        assertReason("bad_varint_11_bytes", "varint longer than 10 bytes in field 1 (ir_version) of ModelProto; a"
                + " varint is at most 10 bytes (at byte 1)");
        assertReason("bad_empty", "empty file: 0 bytes, so no graph (not an ONNX model) (at byte 0)");
    }

    private static void assertReason(String name, String reason) {
        Path file = dir().resolve(name + ".onnx");
        assertEquals(file + ": " + reason, run(file).err().strip());
    }

    /**
     * The oracle README's second table records, per valid file, whether onnxruntime-node's input and output
     * metadata equal the summary; every valid file must say yes (if_subgraph's output with no shape field is the one
     * explained exception), so matching the summary matches onnxruntime too.
     */
    @Test
    void onnxruntimeAgreesWithEveryValidSummary() throws IOException {
        List<String> rows = Files.readAllLines(dir().resolve("README.md")).stream()
                .filter(l -> l.startsWith("| ") && l.contains(".onnx |") && l.split("\\|").length == 6)
                // the second table: file, written by, protobufjs decode, @bufbuild decode, onnxruntime agrees
                .filter(l -> l.split("\\|")[3].strip().startsWith("decoded")).toList();
        int valid = 0;
        for (String name : oracles().toList()) {
            if (!Boolean.TRUE.equals(expected(name).get("ok"))) {
                continue;
            }
            valid++;
            String row = rows.stream().filter(r -> r.startsWith("| " + name + ".onnx |")).findFirst().orElseThrow(
                    () -> new AssertionError("no onnxruntime row for " + name));
            String[] cells = row.split("\\|");
            assertTrue(cells[4].strip().startsWith("decoded") && cells[5].strip().startsWith("yes"), row);
        }
        assertEquals(5, valid);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /**
     * JSON with numbers kept apart from strings ({@link Json} keeps both as text): objects as maps, arrays as lists,
     * numbers as BigDecimal without trailing zeros, true/false as Boolean, null as null.
     */
    static final class StrictJson {
        private final String s;
        private int i;

        private StrictJson(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            StrictJson p = new StrictJson(text);
            Object v = p.value();
            p.space();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("text after the value at " + p.i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    if (m.put(key, value()) != null) {
                        throw new IllegalArgumentException("key given twice: " + key);
                    }
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (s.startsWith(literal, i)) {
                    i += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            BigDecimal n = new BigDecimal(s.substring(start, i));
            return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }
    }
}
