package notes.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * JBake names the page of a note by its URL-encoded address: 中文.md becomes a file literally called
 * {@code %E4%B8%AD%E6%96%87.html}. Every link to it uses that encoded address, which browsers and hosts decode before
 * they look for the file, so the page was never found. After each bake the pages get their real names back.
 */
final class PageNames {
    private PageNames() {
    }

    /** Renames every file under {@code folder} whose name holds %XX escapes to the name they stand for. */
    static void decodeInPlace(Path folder) throws IOException {
        List<Path> encoded;
        try (Stream<Path> files = Files.walk(folder)) {
            encoded = files.filter(p -> p.getFileName().toString().matches(".*%[0-9A-Fa-f]{2}.*"))
                    .collect(Collectors.toList());
        }
        for (Path file : encoded) {
            // '+' is not a space in a path: keep it (URLDecoder is for query strings, where it would be).
            String name = URLDecoder.decode(file.getFileName().toString().replace("+", "%2B"), StandardCharsets.UTF_8);
            Files.move(file, file.resolveSibling(name));
        }
    }
}
