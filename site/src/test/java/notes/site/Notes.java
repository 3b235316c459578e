package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The published notes in content/, read from their JBake headers, so that site tests derive the counts they expect
 * (notes per topic, per tag, in the feed) from the content and adding a note never breaks them.
 */
final class Notes {
    private Notes() {
    }

    /** Each published note's header fields (title, topic, tags, status...). */
    static List<Map<String, String>> published() {
        try (Stream<Path> files = Files.walk(Repo.root().resolve("content"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().map(Notes::header)
                    .filter(h -> "published".equals(h.getOrDefault("status", "published")))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count() {
        return published().size();
    }

    static long withTopic(String topic) {
        return published().stream().filter(h -> topic.equals(h.get("topic"))).count();
    }

    static long withTag(String tag) {
        return published().stream().filter(h -> Arrays.asList(h.getOrDefault("tags", "").split(",")).contains(tag))
                .count();
    }

    /** A note's whole text. */
    static String text(Path note) {
        try {
            return Files.readString(note, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key=value lines above JBake's {@code ~~~~~~} separator. */
    private static Map<String, String> header(Path note) {
        Map<String, String> header = new HashMap<>();
        try {
            for (String line : Files.readAllLines(note, StandardCharsets.UTF_8)) {
                if (line.startsWith("~~~~~~")) {
                    break;
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    header.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        header.put("file", note.getFileName().toString());
        return header;
    }
}
