package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, errors in the browser: while the dev server serves, a failed rebuild shows its {@code file:line} problems
 * over every open page (and over a page opened while the build is broken); the next good build reloads the page
 * without them. Under netlify.toml's Content-Security-Policy, with no CSP violation or console error.
 */
class DevOverlayIT {
    private static final String HEADER = "title=筆記\ndate=2026-01-01\n~~~~~~\n\n";

    @TempDir
    Path dir;

    @Test
    void aFailedBuildShowsItsProblemsOverThePageAndTheNextGoodBuildClearsThem() throws Exception {
        Path root = Corpus.scratchRepository(dir);
        Files.copy(Repo.root().resolve("netlify.toml"), root.resolve("netlify.toml"));
        Path note = root.resolve("content/notes/n.md");
        Files.writeString(note, HEADER + "第一版。\n", StandardCharsets.UTF_8);
        try (DevServer dev = new DevServer(root, dir.resolve("public"), dir.resolve("no-scripts"));
             Browser browser = new Browser()) {
            dev.rebuild(false, Set.of());
            String url = dev.serve(0).url();
            browser.open(url + "notes/n.html");

            Files.writeString(note, HEADER + "好的。\n\n壞的公式 $\\frac{1$\n", StandardCharsets.UTF_8);
            dev.rebuild(false, Set.of(note));
            browser.waitUntil("return document.querySelector('#dev-overlay li') !== null");
            assertTrue(browser.textOf("#dev-overlay li").startsWith("content/notes/n.md:7: "),
                    browser.textOf("#dev-overlay li"));
            assertEquals("fixed", browser.script(
                    "return getComputedStyle(document.getElementById('dev-overlay')).position"), "styled by its sheet");
            browser.open(url + "index.html");
            browser.waitUntil("return document.querySelector('#dev-overlay li') !== null");
            browser.open(url + "notes/n.html");
            browser.waitUntil("return document.querySelector('#dev-overlay li') !== null");

            Files.writeString(note, HEADER + "修好了 $x$。\n", StandardCharsets.UTF_8);
            dev.rebuild(false, Set.of(note));
            browser.waitUntil("return document.readyState === 'complete' && !document.querySelector('#dev-overlay')"
                    + " && document.body.textContent.includes('修好了')");
            browser.assertNoProblems("after the good build");
        }
    }
}
