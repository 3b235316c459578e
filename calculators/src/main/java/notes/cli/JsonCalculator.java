package notes.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import notes.base.ByteSource;
import notes.form.Calculator;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.FieldKind;
import notes.gguf.FileSource;
import notes.form.Run;
import notes.form.Result;

/**
 * Runs a page calculator on a JSON object of inputs (the page's field names) and prints its results as JSON: each
 * output by name, as a number where the page shows a rounded number, otherwise as the page's text; tables as arrays
 * of rows and lists as arrays of texts (charts are pictures of those numbers and are left out); or
 * {@code {"errors": {field: message}}} with exit status 1.
 */
final class JsonCalculator {
    /** Inputs are small; refuse to read an unbounded stream. */
    private static final int MAX_INPUT = 1 << 20;

    private JsonCalculator() {
    }

    static int run(Calculator calculator, InputStream stdin, PrintStream out, PrintStream err) {
        Map<String, String> fields;
        try {
            fields = Json.flatten(Json.parse(readAll(stdin)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("stdin: " + e.getMessage());
            return 1;
        }
        Map<String, String> misplaced = misplacedKeys(calculator.declaration(), fields);
        if (!misplaced.isEmpty()) {
            return print(Result.invalid(misplaced), out);
        }
        List<FileSource> opened = new ArrayList<>();
        try {
            Map<String, ByteSource> files = new HashMap<>();
            Map<String, String> unreadable = openFiles(calculator, fields, opened, files);
            if (!unreadable.isEmpty()) {
                return print(Result.invalid(unreadable), out);
            }
            Result result = Run.compute(calculator, fields, files);
            if (result.internalError() != null) {
                // A bug in the calculator: the reader's JSON gets the page's message, the developer the cause.
                err.println(calculator.declaration().name() + ": internal error: " + result.internalError());
            }
            return print(result, out);
        } finally {
            for (FileSource f : opened) {
                closeQuietly(f);
            }
        }
    }

    private static void closeQuietly(FileSource f) {
        try {
            f.close();
        } catch (IOException ignored) {
            // Opened read-only: nothing is lost when closing fails.
        }
    }

    /**
     * Keys the calculator does not declare, worded for the reader: a value given as an array or object where one
     * value belongs, a row group given as one value, or a name that is not a field at all. The page cannot send such
     * keys; a script can, and silently computing the defaults instead would be a wrong answer.
     */
    private static Map<String, String> misplacedKeys(Declaration d, Map<String, String> fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String key : fields.keySet()) {
            if (d.field(key) != null) {
                continue;
            }
            String field = declaredPrefix(d, key);
            if (field != null) {
                problems.putIfAbsent(field, "「" + field + "」要填一個值（數字或文字），不是陣列或物件。");
            } else if (isRowGroup(d, key)) {
                problems.putIfAbsent(key, "「" + key + "」是一組列，請寫成陣列，例如 [{…}, {…}]。");
            } else {
                problems.putIfAbsent(key, "「" + key + "」不是這個試算器的欄位（欄位名稱見 calculators.jar list）。");
            }
        }
        return problems;
    }

    private static String declaredPrefix(Declaration d, String key) {
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (d.field(key.substring(0, dot)) != null) {
                return key.substring(0, dot);
            }
        }
        return null;
    }

    private static boolean isRowGroup(Declaration d, String key) {
        return d.rowGroups().stream().anyMatch(g -> key.equals(g.prefix()) || key.startsWith(g.prefix() + "."));
    }

    /**
     * Opens each file field's path for the calculator, which reads what it needs; a path that cannot be read gets a
     * zh-Hant problem on its field instead.
     */
    private static Map<String, String> openFiles(Calculator calculator, Map<String, String> fields,
                                                 List<FileSource> opened, Map<String, ByteSource> files) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Field f : calculator.declaration().fields()) {
            String path = fields.getOrDefault(f.name(), "");
            if (f.kind() != FieldKind.FILE || path.isEmpty()) {
                continue;
            }
            try {
                Path file = Path.of(path);
                if (Files.isDirectory(file)) {
                    problems.put(f.name(), "「" + path + "」是資料夾，不是檔案。");
                    continue;
                }
                FileSource source = new FileSource(file);
                opened.add(source);
                files.put(f.name(), source);
            } catch (NoSuchFileException | InvalidPathException e) {
                problems.put(f.name(), "找不到檔案「" + path + "」。");
            } catch (IOException e) {
                // The exception's class name is English and says nothing a reader can act on.
                problems.put(f.name(), "無法讀取檔案「" + path + "」（權限不足、名稱太長或不是一般檔案）。");
            }
        }
        return problems;
    }

    private static int print(Result result, PrintStream out) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!result.isValid()) {
            json.put("errors", new LinkedHashMap<String, Object>(result.problems()));
            out.println(Json.write(json));
            return 1;
        }
        for (Map.Entry<String, String> e : result.texts().entrySet()) {
            String exact = result.values().get(e.getKey());
            json.put(e.getKey(), exact != null ? (Object) Double.valueOf(exact) : e.getValue());
        }
        json.putAll(result.data());
        out.println(Json.write(json));
        return 0;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) > 0; ) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > MAX_INPUT) {
                throw new IOException("input larger than " + MAX_INPUT + " bytes");
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
