package notes.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Page weight, with the benchmarks ({@code mvn -B verify -Pbench}): every file each note loads in Chromium (its
 * Resource Timing entries, after the calculators mounted), grouped as HTML, CSS, JS and fonts, raw and gzip.
 */
class PageWeightBenchmark extends BrowserTest {

    @Test
    void bytesPerNote() throws IOException {
        StringBuilder table = new StringBuilder("\n| note | HTML | CSS | JS | fonts | total (raw / gzip) |\n"
                + "|---|---|---|---|---|---|\n");
        // Every published note, from content/, so a new note (and its calculators) is weighed with no list to edit.
        for (Map<String, String> header : Notes.published()) {
            String note = header.get("file").replaceFirst("\\.md$", "");
            open("notes/" + note + ".html");
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.script(
                    "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]");
            Map<String, long[]> byKind = new LinkedHashMap<>();
            for (String kind : List.of("HTML", "CSS", "JS", "fonts")) {
                byKind.put(kind, new long[2]);
            }
            for (String url : new ArrayList<>(new java.util.LinkedHashSet<>(loaded))) {
                String path = URLDecoder.decode(URI.create(url).getRawPath(), StandardCharsets.UTF_8).substring(1);
                Path file = BuiltSite.folder().resolve(path);
                if (!Files.isRegularFile(file) || path.endsWith(".json") || path.endsWith(".gguf")) {
                    continue;
                }
                String kind = path.endsWith(".html") ? "HTML" : path.endsWith(".css") ? "CSS"
                        : path.endsWith(".js") ? "JS" : path.endsWith(".woff2") ? "fonts" : null;
                if (kind != null) {
                    byte[] bytes = Files.readAllBytes(file);
                    byKind.get(kind)[0] += bytes.length;
                    byKind.get(kind)[1] += gzip(bytes);
                }
            }
            long raw = 0;
            long gz = 0;
            table.append("| ").append(note);
            for (long[] v : byKind.values()) {
                table.append(String.format(" | %,d / %,d", v[0], v[1]));
                raw += v[0];
                gz += v[1];
            }
            table.append(String.format(" | %,d / %,d |%n", raw, gz));
        }
        System.out.println(table);
    }

    private static long gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.size();
    }
}
