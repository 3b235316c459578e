package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embed probes of issue 15: {@code {{< calculator NAME >}}} on a line of its own is the calculator's form at the
 * top level, in a list item or in a block quote (README, "Layout"), and is code inside code (CommonMark 0.31.2,
 * sections 4.4, 4.5 and 6.1: the content of code blocks and code spans is literal text); with them the other
 * block-level checks of a note's body: images need alt text, pipes in table code.
 */
class EmbedSyntaxTest {
    private static final Embeds EMBEDS = new Embeds(Repo.root().resolve("templates"));
    private static final FlexmarkEngine ENGINE = new FlexmarkEngine(EMBEDS, MarkupStyles.keepingInline());
    private static final String FORM = "<section class=\"calculator\" data-calculator=\"bond\"";

    @TempDir
    Path dir;

    @BeforeAll
    static void prepare() {
        assertEquals(null, EMBEDS.prepare("bond"));
    }

    @Test
    void aDirectiveIsTheFormAtTheTopLevelInAListAndInAQuote() {
        String top = ENGINE.render("前文\n\n{{< calculator bond >}}\n\n後文\n");
        assertTrue(top.contains(FORM) && !top.contains("{{"), top);
        String list = ENGINE.render("- 項目\n\n  {{< calculator bond >}}\n");
        assertTrue(list.startsWith("<ul>\n<li>") && list.contains(FORM), list);
        String quote = ENGINE.render("> 引文\n>\n> {{< calculator bond >}}\n");
        assertTrue(quote.startsWith("<blockquote>") && quote.contains(FORM), quote);
    }

    @Test
    void aDirectiveInCodeIsCode() {
        assertEquals("<p><code>{{&lt; calculator bond &gt;}}</code></p>\n", ENGINE.render("`{{< calculator bond >}}`\n"));
        assertEquals("<pre><code>{{&lt; calculator nope &gt;}}\n</code></pre>\n",
                NotePipeline.withoutCodeBox(ENGINE.render("```\n{{< calculator nope >}}\n```\n")));
        assertEquals("<pre><code>{{&lt; calculator nope &gt;}}\n</code></pre>\n",
                NotePipeline.withoutCodeBox(ENGINE.render("    {{< calculator nope >}}\n")));
    }

    /** A directive whose form was never prepared (the check fails such a note first) is shown, not thrown. */
    @Test
    void anUnpreparedDirectiveIsShownAsWritten() {
        assertEquals("<p>{{&lt; calculator nope &gt;}}</p>\n", ENGINE.render("{{< calculator nope >}}\n"));
    }

    private List<String> check(String body) throws IOException {
        Path note = Files.createDirectories(dir.resolve("content/notes")).resolve("n.md");
        Files.writeString(note, "title=t\ndate=2026-01-01\n~~~~~~\n" + body, StandardCharsets.UTF_8);
        return new NoteChecker(dir, EMBEDS).check(List.of(note));
    }

    @Test
    void unknownOrMalformedDirectivesFailWithTheirLineAndCodeIsNotChecked() throws IOException {
        List<String> problems = check("`{{< calculator nope >}}`\n\n```\n{{< calculator nope >}}\n```\n\n"
                + "> {{< calculator nope >}}\n\n{{< calc bond >}}\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/n.md:10: unknown calculator 'nope'"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/notes/n.md:12: malformed directive"), problems.get(1));
    }

    /** Two copies of a form would share element ids, radio groups and URL keys; the second is refused with its line. */
    @Test
    void aCalculatorAppearsOncePerPage() throws IOException {
        List<String> problems = check("- 項目\n\n  {{< calculator bond >}}\n\n> {{< calculator bond >}}\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/n.md:8: calculator bond is already on this page (line 6)"),
                problems.get(0));
    }

    /** WCAG 2.1 success criterion 1.1.1: an image needs a text alternative; Markdown's is the alt text. */
    @Test
    void anImageWithoutAltTextFailsWithItsLine() throws IOException {
        Files.createDirectories(dir.resolve("assets/img"));
        Files.writeString(dir.resolve("assets/img/curve.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>");
        List<String> problems = check("![收益曲線](../img/curve.svg)\n\n![](../img/curve.svg)\n\n`![](code.svg)`\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/n.md:6: an image needs a text alternative"),
                problems.get(0));
    }

    /** GFM spec 0.29, example 200: in a table cell, {@code \|} is a pipe, also inside a code span. */
    @Test
    void escapedPipesInTableCodeArePipes() {
        String html = ENGINE.render("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n");
        assertTrue(html.contains("<th>f|oo</th>"), html);
        assertTrue(html.contains("<td>b <code>|</code> az</td>"), html);
        assertTrue(html.contains("<td>b <strong>|</strong> im</td>"), html);
        assertFalse(ENGINE.render("`a \\| b`\n").contains("<code>a | b</code>"), "outside tables a backslash stays");
    }
}
