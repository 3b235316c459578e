package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostHeadersTest {
    @TempDir
    Path dir;

    @Test
    void everyMatchingRuleAppliesInOrder() throws IOException {
        Path toml = dir.resolve("netlify.toml");
        Files.writeString(toml, "[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-A = \"all\"\n    X-B = \"all\"\n"
                + "[[headers]]\n  for = \"/js/*\"\n  [headers.values]\n    X-B = \"js\"\n"
                + "[[headers]]\n  for = \"/index.html\"\n  [headers.values]\n    X-C = \"home\"\n");
        HostHeaders headers = HostHeaders.fromNetlifyToml(toml);
        assertEquals(Map.of("X-A", "all", "X-B", "js"), headers.forPath("/js/ppo.js"));
        assertEquals(Map.of("X-A", "all", "X-B", "all", "X-C", "home"), headers.forPath("/index.html"));
        assertEquals(Map.of("X-A", "all", "X-B", "all"), headers.forPath("/notes/ppo.html"));
    }

    @Test
    void theProjectsPolicyIsReadFromItsNetlifyToml() throws IOException {
        Map<String, String> headers = HostHeaders.fromNetlifyToml(Repo.root().resolve("netlify.toml"))
                .forPath("/notes/ppo.html");
        assertTrue(headers.get("Content-Security-Policy").contains("style-src 'self'"), headers.toString());
    }

    @Test
    void invalidTomlIsRefusedWithFileAndLine() throws IOException {
        Path toml = dir.resolve("netlify.toml");
        Files.writeString(toml, "[[headers]]\n  for = \"/*\n");
        IOException e = assertThrows(IOException.class, () -> HostHeaders.fromNetlifyToml(toml));
        assertTrue(e.getMessage().contains("netlify.toml") && e.getMessage().contains("line 2"), e.getMessage());
    }
}
