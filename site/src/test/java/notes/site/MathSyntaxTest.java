package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code $} probes of issue 15 through the page's Markdown ({@link FlexmarkEngine#render}) and the note check.
 * Expected HTML without math is what CommonMark 0.31.2 gives for the same text (the example cited), since no math
 * may be read there; where a formula is expected, the test names the TeX that KaTeX received (KaTeX writes it into
 * the page's MathML annotation). Which dollars open and close a formula is Pandoc's documented rule
 * (https://pandoc.org/MANUAL.html#extension-tex_math_dollars): "The opening $ must have a non-space character
 * immediately to its right, while the closing $ must have a non-space character immediately to its left, and must not
 * be followed immediately by a digit. Thus, $20,000 and $30,000 won't parse as math. If for some reason you need to
 * enclose text in literal $ characters, backslash-escape them and they won't be treated as math delimiters."
 */
class MathSyntaxTest {
    private static final FlexmarkEngine ENGINE =
            new FlexmarkEngine(new Embeds(Repo.root().resolve("templates")), MarkupStyles.keepingInline());
    private static final Pattern TEX = Pattern.compile("<annotation encoding=\"application/x-tex\">(.*?)</annotation>",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    private static String html(String markdown) {
        return NotePipeline.withoutCodeBox(ENGINE.render(markdown));
    }

    /** The TeX of each formula on the page, in order. */
    private static List<String> formulas(String html) {
        Matcher m = TEX.matcher(html);
        List<String> tex = new java.util.ArrayList<>();
        while (m.find()) {
            tex.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        return tex;
    }

    @Test
    void inlineAndDisplayFormulasRender() {
        assertEquals(List.of("x^2"), formulas(html("面積是 $x^2$。\n")));
        String display = html("如下\n\n$$\na_1 = b\n$$\n");
        assertEquals(List.of("a_1 = b"), formulas(display));
        assertTrue(display.contains("class=\"katex-display\""), display);
        assertFalse(display.contains("<p><span class=\"math-scroll\""), "a display block is not in a paragraph");
    }

    /** CommonMark 0.31.2 example 107 (indented code): the text is code, escaped, nothing else. */
    @Test
    void indentedCodeHoldsNoMath() {
        assertEquals("<pre><code>a $x$ b\n</code></pre>\n", html("    a $x$ b\n"));
        assertTrue(html("- 項目\n\n      $x$\n").contains("<pre><code>$x$\n</code></pre>"), "inside a list too");
    }

    /** Examples 328 and 335 (code spans): double backticks, and a span across a line break (newline to space). */
    @Test
    void codeSpansHoldNoMath() {
        assertEquals("<p><code>$x$ `y`</code></p>\n", html("``$x$ `y` ``\n"));
        assertEquals("<p><code>a $x$</code></p>\n", html("`a\n$x$`\n"));
    }

    /** Examples 119 and 128: a fence closes only with the same character, at least as long. */
    @Test
    void fencesOfAnyLengthOrCharacterHoldNoMath() {
        assertEquals("<pre><code>```\n$x$\n```\n</code></pre>\n", html("````\n```\n$x$\n```\n````\n"));
        assertEquals("<pre><code>```\n$x$\n</code></pre>\n", html("~~~\n```\n$x$\n~~~\n"));
    }

    /** Example 138 / 143: a line starting with a code span is not a fence; math after it still renders. */
    @Test
    void aCodeSpanAtALineStartIsNoFence() {
        String page = html("```js``` 以後\n\n公式 $y$\n");
        assertTrue(page.startsWith("<p><code>js</code> 以後</p>"), page);
        assertEquals(List.of("y"), formulas(page));
    }

    /** Raw HTML (examples 148, 170, 625, 628) and comments pass through untouched. */
    @Test
    void rawHtmlHoldsNoMath() {
        assertEquals("<pre>\n$x$ 與 $y$\n</pre>\n", html("<pre>\n$x$ 與 $y$\n</pre>\n"));
        assertEquals("<div>\n$x$\n</div>\n", html("<div>\n$x$\n</div>\n"));
        assertEquals("<!-- $x$ -->\n", html("<!-- $x$ -->\n"));
        // An HTML block of type 3 (section 4.6, start condition "<?") and inline raw HTML (example 625's attributes).
        assertEquals("<?php echo $a; ?>\n", html("<?php echo $a; ?>\n"));
        assertEquals("<p>見 <?php echo $a; ?> 與 <span title=\"$x$\">t</span></p>\n",
                html("見 <?php echo $a; ?> 與 <span title=\"$x$\">t</span>\n"));
    }

    /** Examples 482 (link destination) and 594 (autolink): the address is kept as written. */
    @Test
    void linkDestinationsAndAutolinksHoldNoMath() {
        assertEquals("<p><a href=\"http://e.com/$x$\">連結</a></p>\n", html("[連結](http://e.com/$x$)\n"));
        assertEquals("<p><a href=\"http://e.com/$x$\">http://e.com/$x$</a></p>\n", html("<http://e.com/$x$>\n"));
    }

    /** Pandoc: "$20,000 and $30,000 won't parse as math" (a closing $ followed by a digit, and spaces inside). */
    @Test
    void moneyStaysText() {
        assertEquals("<p>A $100 and $120</p>\n", html("A $100 and $120\n"));
        assertEquals("<p>股價從 $100 漲到 $120</p>\n", html("股價從 $100 漲到 $120\n"));
        assertEquals("<p>$20,000 and $30,000</p>\n", html("$20,000 and $30,000\n"));
        assertEquals("<p>只有一個 $ 符號</p>\n", html("只有一個 $ 符號\n"));
    }

    /** Pandoc: backslash-escaped dollars are literal; an escaped backslash before $ leaves the $ a delimiter. */
    @Test
    void escapes() {
        assertEquals("<p>$5 與 $x$</p>\n", html("\\$5 與 \\$x\\$\n"));
        String page = html("\\\\$x$\n");
        assertTrue(page.startsWith("<p>\\<span class=\"katex\">"), page);
        assertEquals(List.of("x"), formulas(page));
        page = html("\\`$x$\\`\n");
        assertTrue(page.startsWith("<p>`<span class=\"katex\">"), page);
    }

    /** Text that looks like an old placeholder token stays text. */
    @Test
    void noTextIsReplaced() {
        assertEquals("<p>KATEXFORMULA0X</p>\n", html("KATEXFORMULA0X\n"));
        assertEquals(List.of("a"), formulas(html("KATEXFORMULA0X 與 $a$\n")));
    }

    private List<String> check(String body, List<String> warnings) throws IOException {
        Path note = Files.createDirectories(dir.resolve("content/notes")).resolve("n.md");
        Files.writeString(note, "title=t\ndate=2026-01-01\n~~~~~~\n" + body, StandardCharsets.UTF_8);
        NoteChecker checker = new NoteChecker(dir, new Embeds(Repo.root().resolve("templates")));
        List<String> problems = checker.check(List.of(note));
        warnings.addAll(checker.takeWarnings());
        return problems;
    }

    @Test
    void anOddNumberOfDollarsOnALineIsAWarningWithItsLine() throws IOException {
        List<String> warnings = new java.util.ArrayList<>();
        // Prices ($100, US$2.5) are not counted: a dollar before a digit cannot close a formula (Pandoc's rule).
        assertEquals(List.of(), check("第一行 $x$\n\n價格 $100，US$2.5\n\n`$` 與 \\$ 與 $a$\n股價從 $100 漲到 $120\n\n"
                + "少了一個 $x 的公式\n", warnings));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("content/notes/n.md:11: an odd number of $"), warnings.get(0));
    }

    @Test
    void texErrorsAndUnclosedDisplayMathFailWithTheirLine() throws IOException {
        List<String> warnings = new java.util.ArrayList<>();
        List<String> problems = check("好的 $x$\n\n壞的 $\\frac{1$\n\n$$\nx\n\ny\n", warnings);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/n.md:6: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/notes/n.md:8: $$ is never closed"), problems.get(1));
    }
}
