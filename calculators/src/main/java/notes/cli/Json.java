package notes.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import notes.base.JsonText;

/**
 * Just enough JSON for the command line: parses one value (objects, arrays, strings, numbers, true/false/null)
 * with its position in errors, and writes flat objects. Nesting depth and input size are bounded.
 */
final class Json {
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses a document holding exactly one value; throws IllegalArgumentException naming the offset. */
    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value(0);
        json.skipSpace();
        if (json.pos != text.length()) {
            throw json.error("unexpected text after the value");
        }
        return value;
    }

    /**
     * An object's values as calculator fields: nested objects and arrays become dotted names
     * ({"sample": [{"ratio": 1.2}]} gives "sample.0.ratio" = "1.2"); numbers keep their JSON text.
     */
    static Map<String, String> flatten(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object of inputs");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", value, fields);
        return fields;
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                flatten(prefix.isEmpty() ? (String) e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "." + i, list.get(i), out);
            }
        } else if (value instanceof Boolean) {
            out.put(prefix, value.toString());
        } else {
            out.put(prefix, value == null ? "" : value.toString());
        }
    }

    /**
     * Writes an object; values that are Double become JSON numbers (null when not finite), lists become arrays
     * (of rows written on one line each), maps nested objects, the rest strings.
     */
    static String write(Map<String, Object> object) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : object.entrySet()) {
            sb.append(sb.length() == 1 ? "" : ",").append("\n  ").append(JsonText.quote(e.getKey())).append(": ");
            Object v = e.getValue();
            if (v instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) v;
                sb.append(write(nested).replace("\n", "\n  "));
            } else if (v instanceof List) {
                sb.append(writeRows((List<?>) v));
            } else {
                sb.append(scalar(v));
            }
        }
        return sb.append(object.isEmpty() ? "}" : "\n}").toString();
    }

    /** An array with one element per line: a table's rows or a list's items. */
    private static String writeRows(List<?> items) {
        StringBuilder sb = new StringBuilder("[");
        for (Object item : items) {
            sb.append(sb.length() == 1 ? "" : ",").append("\n    ");
            sb.append(item instanceof List ? writeInline((List<?>) item) : scalar(item));
        }
        return sb.append(items.isEmpty() ? "]" : "\n  ]").toString();
    }

    private static String writeInline(List<?> cells) {
        StringBuilder sb = new StringBuilder("[");
        for (Object cell : cells) {
            sb.append(sb.length() == 1 ? "" : ", ").append(scalar(cell));
        }
        return sb.append(']').toString();
    }

    private static String scalar(Object v) {
        if (v instanceof Double) {
            return Double.isFinite((Double) v) ? notes.form.Decimals.plain((Double) v) : "null";
        }
        return JsonText.quote(String.valueOf(v));
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("expected a quoted key");
            }
            int keyAt = pos;
            String key = string();
            if (map.containsKey(key)) {
                // Which of two values a script meant cannot be guessed; taking the last would hide its mistake.
                pos = keyAt;
                throw error("key \"" + key + "\" given twice");
            }
            skipSpace();
            expect(':');
            map.put(key, value(depth + 1));
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u':
                        if (pos + 4 > text.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                        break;
                    default: sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated string");
    }

    /**
     * Keeps the number's own digits, so "0.1" reaches the calculator as typed; JSON's exponent form ("1e16") is
     * written out positionally, since fields accept the numbers people type and the site prints, not "1e16".
     */
    private String number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        try {
            Double.parseDouble(n);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("expected a value");
        }
        int e = Math.max(n.indexOf('e'), n.indexOf('E'));
        if (e >= 0 && Math.abs(Double.parseDouble(n)) < 1e300 && n.length() - e < 6) {
            // Bounded exponent (at most 4 digits), so the positional text stays short.
            return new java.math.BigDecimal(n).stripTrailingZeros().toPlainString();
        }
        return n;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
        return value;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("JSON at offset " + pos + ": " + message);
    }
}
