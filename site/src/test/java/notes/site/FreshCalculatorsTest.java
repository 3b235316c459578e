package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import notes.form.Calculator;
import notes.form.Registry;

/**
 * A calculator compiled while the dev server runs shows up in the next build: a test-only calculator, compiled here
 * into a folder of its own with its service file, is found by the site built through {@link FreshCalculators}, and
 * its generated form is on the note that embeds it; the test JVM's own registry never sees it.
 */
class FreshCalculatorsTest {
    private static final String SOURCE = String.join("\n",
            "package notes.page;",
            "import notes.form.*;",
            "public final class ScratchPage implements Calculator {",
            "    private static final Declaration D = Declaration.of(\"scratch-yield\", \"試算：測試用殖利率\")",
            "            .fields(Field.number(\"s.price\", \"測試價格\").above(0, 1000).initial(\"25\").hint(\"例如 25\"))",
            "            .outputs(Output.value(\"s.out\", \"測試結果\"));",
            "    public Declaration declaration() { return D; }",
            "    public Result compute(Fields in) {",
            "        return in.hasProblems() ? in.invalid() : Result.ok().text(\"s.out\", \"好\");",
            "    }",
            "}");

    @Test
    void aCalculatorCompiledAfterStartIsOnItsPage(@TempDir Path dir) throws IOException, URISyntaxException {
        Path classes = compileScratchCalculator(dir.resolve("classes"));
        Path root = Corpus.scratchRepository(dir);
        Files.writeString(root.resolve("content/notes/scratch.md"), "title=測試\ndate=2026-01-02\n~~~~~~\n\n"
                + "{{< calculator scratch-yield >}}\n", StandardCharsets.UTF_8);
        Path scripts = Files.createDirectories(dir.resolve("js"));
        Files.writeString(scripts.resolve(SiteBuilder.BUNDLE), "export function mount() {}\n");
        Path output = dir.resolve("out");

        try (SiteBuild build = FreshCalculators.siteBuilder(List.of(classes, calculatorsJar()), root, output,
                scripts)) {
            assertEquals(List.of(), build.build());
        }
        String page = Files.readString(output.resolve("notes/scratch.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("data-calculator=\"scratch-yield\""), "the generated form is on the page");
        assertTrue(page.contains("測試價格") && page.contains("name=\"s.price\""), "with its declared field");
        assertNull(Registry.byName("scratch-yield"), "the test JVM's own classes are untouched");
    }

    /** Compiles {@link #SOURCE} against the calculators on the class path, with its service file. */
    private static Path compileScratchCalculator(Path classes) throws IOException {
        Path source = classes.resolveSibling("src/notes/page/ScratchPage.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, "javac");
        Path services = classes.resolve("META-INF/services/notes.form.Calculator");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "notes.page.ScratchPage\n");
        return classes;
    }

    /** Where the calculators' classes come from in this JVM (a jar, or a class folder in the reactor). */
    private static Path calculatorsJar() throws URISyntaxException {
        return Path.of(Calculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
