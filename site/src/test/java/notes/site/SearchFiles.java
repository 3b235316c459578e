package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The notes' text as the built search index holds it (search/notes/N.json, one file per note). */
final class SearchFiles {
    private SearchFiles() {
    }

    /** Every indexed note's file, joined: what a test looks for a note's text or address in. */
    static String notes(Path site) {
        try (Stream<Path> files = Files.list(site.resolve("search/notes"))) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
