package notes.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Accessibility audit, run with the benchmarks ({@code mvn -B verify -Pbench}): axe-core (npm, installed into
 * target/) checks every page in headless Chromium, served with the production headers of netlify.toml, against WCAG 2 A and AA, in both themes, after the calculators
 * have mounted. Prints the violations per page; the counts go into the issue notes.
 */
class AccessibilityBenchmark extends BrowserTest {

    @Test
    void axeOnEveryPage() throws Exception {
        Path axe = Tools.npmInstall(Path.of("target", "a11y").toAbsolutePath(), "axe-core@4").resolve("axe.min.js");
        String axeSource = Files.readString(axe, StandardCharsets.UTF_8);
        StringBuilder table = new StringBuilder("\n| page | theme | axe violations (WCAG 2 A/AA) | passes |\n|---|---|---|---|\n");
        for (String theme : List.of("light", "dark")) {
            for (String page : BuiltSite.pages(host().folder())) {
                open(page);
                browser.script("localStorage.setItem('theme', arguments[0]); document.documentElement.dataset.theme"
                        + " = arguments[0];", theme);
                browser.script(axeSource);
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']}).then(r => done({"
                                + " violations: r.violations.map(v => v.id + ' (' + v.nodes.length + ')'),"
                                + " passes: r.passes.length}));");
                table.append("| ").append(page).append(" | ").append(theme).append(" | ")
                        .append(result.get("violations")).append(" | ").append(result.get("passes")).append(" |\n");
            }
        }
        browser.script("localStorage.clear()");
        System.out.println(table);
    }
}
