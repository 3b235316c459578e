package notes.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import notes.form.Field;
import notes.form.FieldKind;
import notes.gguf.FileSource;
import notes.form.Run;
import notes.form.Result;

/**
 * Runs a page calculator on a JSON object of inputs (the page's field names) and prints its results as JSON: each
 * output by name, as a number where the page shows a rounded number, otherwise as the page's text; or
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
        List<FileSource> opened = new ArrayList<>();
        try {
            return print(Run.compute(calculator, fields, files(calculator, fields, opened)), out);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
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

    /** A file field's JSON value is a path; the file is opened for the calculator, which reads what it needs. */
    private static Map<String, ByteSource> files(Calculator calculator, Map<String, String> fields,
                                                 List<FileSource> opened) throws IOException {
        Map<String, ByteSource> files = new HashMap<>();
        for (Field f : calculator.declaration().fields()) {
            String path = fields.getOrDefault(f.name(), "");
            if (f.kind() == FieldKind.FILE && !path.isEmpty()) {
                try {
                    FileSource source = new FileSource(Path.of(path));
                    opened.add(source);
                    files.put(f.name(), source);
                } catch (NoSuchFileException | InvalidPathException e) {
                    throw new IOException("no such file: " + path);
                }
            }
        }
        return files;
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
