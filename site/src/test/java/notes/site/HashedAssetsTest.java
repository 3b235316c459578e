package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashed addresses come from the file's bytes, and the file is written there unchanged. */
class HashedAssetsTest {

    @Test
    void theAddressCarriesTheStartOfTheSha256(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("repo");
        write(root.resolve("assets/css/site.css"), "abc");
        HashedAssets assets = HashedAssets.of(root, dir.resolve("no-bundle"));
        // SHA-256("abc") = ba7816bf 8f01cfea ... (FIPS 180-2, appendix B.1, the first example).
        assertEquals("immutable/site.ba7816bf8f01.css", assets.address("css"));
        assertNull(assets.address("bundle"), "no bundle built: no address");

        Path site = dir.resolve("site");
        assets.write(site);
        assertEquals("abc", Files.readString(site.resolve("immutable/site.ba7816bf8f01.css")));
    }

    @Test
    void otherBytesGetAnotherAddress(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("repo");
        write(root.resolve("assets/js/theme.js"), "a");
        String before = HashedAssets.of(root, dir).address("theme");
        write(root.resolve("assets/js/theme.js"), "b");
        assertNotEquals(before, HashedAssets.of(root, dir).address("theme"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
