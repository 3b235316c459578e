package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a build-time script (KaTeX, highlight.js) by input, kept in a file beside the output folder between
 * builds, so a rebuild in a new JVM renders only what is new (each call to a script costs 0.2 ms in Node, 4 ms in
 * interpreted GraalJS). The file name carries the script's version: a new release starts afresh.
 */
final class RenderCache {
    private final String fileName;
    private final Map<String, String> entries = new ConcurrentHashMap<>();
    /** Whether anything was rendered since the last load or save: only then is the file (megabytes) written. */
    private volatile boolean changed;

    /** @param fileName for example {@code katex-0.16.47.tsv} */
    RenderCache(String fileName) {
        this.fileName = fileName;
    }

    /** The cached result for {@code key}, or the one {@code render} makes (and that is then kept). */
    String get(String key, Function<String, String> render) {
        String cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        String result = render.apply(key);
        entries.put(key, result);
        changed = true;
        return result;
    }

    /**
     * Adds the entries saved in {@code folder} by an earlier build (a line per entry: key and result in Base64);
     * a missing or unreadable file is no error, it only costs time.
     */
    void load(Path folder) {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.putIfAbsent(new String(b64.decode(line.substring(0, tab)), StandardCharsets.UTF_8),
                            new String(b64.decode(line.substring(tab + 1)), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            entries.clear();
        }
    }

    void save(Path folder) throws IOException {
        if (!changed && Files.isRegularFile(folder.resolve(fileName))) {
            return;
        }
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder out = new StringBuilder();
        entries.forEach((key, result) -> out.append(b64.encodeToString(key.getBytes(StandardCharsets.UTF_8)))
                .append('\t').append(b64.encodeToString(result.getBytes(StandardCharsets.UTF_8))).append('\n'));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(fileName), out, StandardCharsets.UTF_8);
        changed = false;
    }
}
