package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import notes.Oracles;

/**
 * {@code gguf FILE} against {@code oracles/gguf/}: files written by gguf-py, parsed by @huggingface/gguf 0.4.6
 * (and hyllama 0.2.2); every metadata value with its type, every tensor, the data offset and parameter count.
 */
class GgufOracleTest {
    private static Map<String, Object> ours(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"gguf", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return map(Json.parse(out.toString(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> reference(String name) throws IOException {
        Map<String, Object> all = map(Json.parse(Files.readString(Oracles.dir().resolve("gguf/" + name + ".json"))));
        return map(map(all.get("parsers")).get("@huggingface/gguf@0.4.6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny_mixed", "tiny_no_tensors"})
    void matchesHuggingFaceGguf(String name) throws IOException {
        Map<String, Object> ref = reference(name);
        Map<String, Object> ours = ours(Oracles.dir().resolve("gguf/" + name + ".gguf"));
        assertEquals(integer(ref.get("tensorDataOffset")), integer(ours.get("tensorDataOffset")));
        assertEquals(integer(ref.get("parameterCount")), integer(ours.get("parameterCount")));
        Map<String, Object> refMeta = map(ref.get("metadata"));
        Map<String, Object> ourMeta = map(ours.get("metadata"));
        assertEquals(integer(map(refMeta.get("version")).get("value")), integer(ours.get("version")));
        assertEquals(integer(map(refMeta.get("tensor_count")).get("value")), integer(ours.get("tensorCount")));
        assertEquals(integer(map(refMeta.get("kv_count")).get("value")), integer(ours.get("kvCount")));
        // version, tensor_count and kv_count are header fields: at top level only.
        assertEquals(refMeta.size() - 3, ourMeta.size());
        for (Map.Entry<String, Object> e : refMeta.entrySet()) {
            if (List.of("version", "tensor_count", "kv_count").contains(e.getKey())) {
                assertFalse(ourMeta.containsKey(e.getKey()));
                continue;
            }
            assertTyped(e.getKey(), map(e.getValue()), map(ourMeta.get(e.getKey())));
        }
        List<Object> refTensors = list(ref.get("tensorInfos"));
        List<Object> ourTensors = list(ours.get("tensors"));
        assertEquals(refTensors.size(), ourTensors.size());
        for (int i = 0; i < refTensors.size(); i++) {
            Map<String, Object> r = map(refTensors.get(i));
            Map<String, Object> o = map(ourTensors.get(i));
            assertEquals(r.get("name"), o.get("name"));
            assertEquals(r.get("dtype"), o.get("type"));
            assertEquals(integer(r.get("offset")), integer(o.get("offset")));
            List<Object> rs = list(r.get("shape"));
            List<Object> os = list(o.get("shape"));
            assertEquals(rs.size(), os.size(), r.get("name") + " shape");
            for (int d = 0; d < rs.size(); d++) {
                assertEquals(integer(rs.get(d)), integer(os.get(d)));
            }
        }
    }

    @Test
    void truncatedHeaderIsRejectedWithAReason() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"gguf", Oracles.dir().resolve("gguf/bad_truncated_header.gguf").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        String reason = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, reason.strip().lines().count(), "one line: " + reason);
        // The file is the first 20 bytes of tiny_mixed.gguf. GGUF spec (ggml docs/gguf.md, "File Structure"): magic
        // (u32) at 0, version (u32) at 4, tensor_count (u64) at 8, metadata_kv_count (u64) at 16, so the value that
        // runs past the end starts at byte 16.
        assertTrue(reason.contains("truncated: a 8-byte value") && reason.contains("ends at byte 20"), reason);
        assertTrue(reason.strip().endsWith("(at byte 16)"), reason);
        // hyllama, one of the reference parsers, rejects it too (its JSON records ok: false).
        Map<String, Object> all = map(Json.parse(Files.readString(
                Oracles.dir().resolve("gguf/bad_truncated_header.json"))));
        assertEquals(Boolean.FALSE, map(map(all.get("parsers")).get("hyllama@0.2.2")).get("ok"));
    }

    private static void assertTyped(String key, Map<String, Object> ref, Map<String, Object> ours) {
        assertEquals(ref.get("type"), ours.get("type"), key);
        if ("ARRAY".equals(ref.get("type"))) {
            assertEquals(ref.get("subType"), ours.get("subType"), key);
            List<Object> r = list(ref.get("value"));
            List<Object> o = list(ours.get("value"));
            assertEquals(r.size(), o.size(), key);
            for (int i = 0; i < r.size(); i++) {
                assertSameValue(key + "[" + i + "]", r.get(i), o.get(i));
            }
        } else {
            assertSameValue(key, ref.get("value"), ours.get("value"));
        }
    }

    /** Json keeps numbers as their text; compare integers exactly and floats as doubles. */
    private static void assertSameValue(String key, Object ref, Object ours) {
        if (ref instanceof Map) {
            assertEquals(integer(ref), integer(ours), key);
        } else if (ref instanceof String && ours instanceof String && !isNumber((String) ref)) {
            assertEquals(ref, ours, key);
        } else if (ref instanceof Boolean) {
            assertEquals(ref, ours, key);
        } else {
            assertEquals(Double.parseDouble((String) ref), Double.parseDouble((String) ours), 0, key);
        }
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9.]+([eE][-+]?[0-9]+)?");
    }

    /** An exact integer from a JSON number text or an {"bigint": "..."} object. */
    private static BigInteger integer(Object value) {
        if (value instanceof Map) {
            return new BigInteger((String) map(value).get("bigint"));
        }
        return new BigInteger((String) value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
