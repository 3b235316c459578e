package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small sites made from this repo's templates and assets, with notes written by each test. */
class SiteBuilderTest {
    @TempDir
    Path dir;
    private Path root;
    private Path output;

    @BeforeEach
    void copyTemplatesAndAssets() throws IOException {
        root = dir.resolve("repo");
        output = dir.resolve("public");
        for (String part : List.of("templates", "assets")) {
            Corpus.copyTree(Repo.root().resolve(part), root.resolve(part));
        }
        Files.copy(Repo.root().resolve("jbake.properties"), root.resolve("jbake.properties"));
        Files.createDirectories(root.resolve("content/notes"));
        // The last good site: a folder published in place, whose manifest says the build wrote previous.html.
        Files.createDirectories(output);
        Files.writeString(output.resolve("previous.html"), "the last good site");
        Files.writeString(output.resolve(OutputFolder.MANIFEST), "previous.html\n");
    }

    @Test
    void aGoodNoteBuildsAndReplacesTheOutput() throws IOException {
        note("good.md", "title=好筆記\ndate=2026-01-02\ntype=note\nstatus=published\n~~~~~~\n\n## 標題\n\n| a | b |\n|---|---|\n"
                + "| 1 | 2 |\n\n註腳[^1]。\n\n[^1]: 出處。\n");
        List<String> problems = build();
        assertEquals(List.of(), problems);
        String html = Files.readString(output.resolve("notes/good.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<table"), "tables extension");
        assertTrue(html.contains("class=\"footnotes\""), "footnotes extension");
        assertTrue(html.contains("<h2 id=\"標題\">"), "heading ids");
        assertTrue(html.contains("class=\"heading-anchor\""), "heading anchors");
        assertTrue(Files.exists(output.resolve("favicon.svg")) && Files.exists(output.resolve("img/price-yield.svg")),
                "assets copied");
        // Scripts and the style sheet are published under their hashed names only (HashedAssets, PlainAssets).
        for (String plain : List.of("css/site.css", "js/search.js", "js/theme.js", "js/vendor/minisearch.js")) {
            assertTrue(Files.notExists(output.resolve(plain)), plain + " is published only under a hashed name");
        }
        try (Stream<Path> immutable = Files.list(output.resolve("immutable"))) {
            assertTrue(immutable.anyMatch(p -> p.getFileName().toString().matches("minisearch\\.[0-9a-f]{12}\\.js")));
        }
        assertTrue(Files.notExists(output.resolve("previous.html")), "the old output was replaced whole");
    }

    /**
     * As on Netlify, where the build environment's URL is the site's address: canonical links, Open Graph, the feed,
     * the sitemap and robots.txt use it, and the placeholder of jbake.properties appears nowhere.
     */
    @Test
    void theHostsAddressIsWrittenEverywhereAndThePlaceholderNowhere() throws IOException {
        note("good.md", A_HEADER + "本文。\n");
        String url = "https://reading-notes-tw.netlify.app";
        SiteUrl fromEnvironment = SiteUrl.resolve(null, java.util.Map.of("URL", url), new java.util.Properties());
        List<String> problems = new SiteBuilder(root, output, dir.resolve("no-scripts")).siteUrl(fromEnvironment).build();
        assertEquals(List.of(), problems);
        String note = Files.readString(output.resolve("notes/good.html"), StandardCharsets.UTF_8);
        assertTrue(note.contains("<link rel=\"canonical\" href=\"" + url + "/notes/good.html\"/>"), note);
        assertTrue(note.contains("<meta property=\"og:url\" content=\"" + url + "/notes/good.html\"/>"), note);
        assertTrue(Files.readString(output.resolve("feed.xml")).contains("<id>" + url + "/notes/good.html</id>"));
        assertTrue(Files.readString(output.resolve("sitemap.xml")).contains("<loc>" + url + "/notes/good.html</loc>"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + url + "/sitemap.xml\n",
                Files.readString(output.resolve("robots.txt")));
        String placeholder = new java.util.Properties() {
            {
                load(new java.io.StringReader(Repo.read("jbake.properties")));
            }
        }.getProperty("site.host");
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".txt")) {
                    assertTrue(!Files.readString(file).contains(placeholder), file + " has " + placeholder);
                }
            }
        }
    }

    @Test
    void malformedFrontMatterFailsWithFileAndLineAndLeavesTheOutputAlone() throws IOException {
        note("bad.md", "title=壞筆記\ndate=2026-13-45\nthis line has no equals sign\nstatus=published\n~~~~~~\n本文\n");
        List<String> problems = build();
        assertTrue(problems.contains("content/notes/bad.md:2: date '2026-13-45' is not a real date (YYYY-MM-DD)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/notes/bad.md:3: front matter line is not")),
                problems.toString());
        assertUntouched();
    }

    @Test
    void aNoteWithoutTitleOrSeparatorFails() throws IOException {
        note("untitled.md", "date=2026-01-02\n~~~~~~\n本文\n");
        note("no-header.md", "# 只有本文\n");
        List<String> problems = build();
        assertTrue(problems.contains("content/notes/untitled.md:2: front matter has no title="), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/notes/no-header.md:1: the front matter is not closed")),
                problems.toString());
        assertUntouched();
    }

    @Test
    void anUnknownTopicFailsWithItsLine() throws IOException {
        note("typo.md", "title=拼錯主題\ndate=2026-01-02\ntopic=investng\n~~~~~~\n\n本文\n");
        assertEquals(List.of("content/notes/typo.md:3: unknown topic 'investng'; the topics are [investing, ai]"
                + " (site.topics in jbake.properties)"), build());
        assertUntouched();
    }

    @Test
    void anUnknownCalculatorFailsWithItsLine() throws IOException {
        note("calc.md", "title=試算\ndate=2026-01-02\n~~~~~~\n\n前言\n\n{{< calculator nosuch >}}\n");
        List<String> problems = build();
        assertEquals(List.of("content/notes/calc.md:7: unknown calculator 'nosuch'; the registered ones are "
                        + String.join(", ", notes.form.Registry.all().keySet())),
                problems);
        assertUntouched();
    }

    @Test
    void aBrokenCalculatorTemplateFailsWithItsLine() throws IOException {
        // A layout override of a registered calculator, with a broken expression on its line 2.
        Files.writeString(root.resolve("templates/calculators/lora.html"),
                "<section data-calculator=\"lora\">\n  <p th:text=\"${1 +}\">x</p>\n</section>\n");
        note("calc.md", "title=試算\ndate=2026-01-02\n~~~~~~\n\n{{< calculator lora >}}\n");
        List<String> problems = build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/calculators/lora.html:2: "), problems.get(0));
        assertTrue(problems.get(0).endsWith("(embedded at content/notes/calc.md:5)"), problems.get(0));
        assertUntouched();
    }

    @Test
    void aBrokenLinkOrAnchorFailsWithItsLine() throws IOException {
        note("links.md", "title=連結\ndate=2026-01-02\n~~~~~~\n\n## 有的標題\n\n[好的](#有的標題)\n\n"
                + "[壞的頁](missing.html)\n\n[壞的錨點](#沒有這個)\n");
        List<String> problems = build();
        assertTrue(problems.contains("content/notes/links.md:9: broken link missing.html: no such file in the site"),
                problems.toString());
        assertTrue(problems.contains("content/notes/links.md:11: broken link #沒有這個: no element with id \"沒有這個\""
                + " on notes/links.html"), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
        assertUntouched();
    }

    @Test
    void badMathFailsWithItsLine() throws IOException {
        note("math.md", "title=公式\ndate=2026-01-02\n~~~~~~\n\n好的 $x^2$。\n\n壞的 $\\frac{1}{$。\n\n一塊錢 $5\n");
        List<String> problems = build();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("content/notes/math.md:7: ") && p.contains("KaTeX")),
                problems.toString());
        // A lone dollar is text (Pandoc's tex_math_dollars) and only a warning (MathSyntaxTest), not a failure.
        assertEquals(1, problems.size(), problems.toString());
        assertUntouched();
    }

    @Test
    void aMissingTemplateFails() throws IOException {
        Files.delete(root.resolve("templates/note.thyme"));
        note("good.md", "title=好筆記\ndate=2026-01-02\ntype=note\nstatus=published\n~~~~~~\n\n本文\n");
        List<String> problems = build();
        assertTrue(problems.stream().anyMatch(p -> p.contains("note.thyme")), problems.toString());
        assertUntouched();
    }

    @Test
    void aCalculatorWithoutItsScriptFails() throws IOException {
        note("calc.md", "title=試算\ndate=2026-01-02\n~~~~~~\n\n{{< calculator bond >}}\n");
        List<String> problems = new SiteBuilder(root, output, dir.resolve("no-scripts")).build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("notes/calc.html: calculators [bond] need "), problems.get(0));
        assertUntouched();
    }

    @Test
    void editingANotesTextRerendersThatNoteAlone() throws IOException {
        SiteBuilder builder = threeNotes();
        Path other = output.resolve("notes/b.html");
        String otherBefore = Files.readString(other);
        long otherWritten = Files.getLastModifiedTime(other).toMillis();
        String indexBefore = Files.readString(output.resolve("index.html"));

        note("a.md", A_HEADER + "## 第一節\n\n改寫後的句子 $y^2$ 與 $\\frac{a}{b}$。\n");
        assertEquals(List.of(), builder.rebuild(List.of(root.resolve("content/notes/a.md"))));

        String page = Files.readString(output.resolve("notes/a.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("改寫後的句子") && page.contains("katex"), "the edited note, with its new formula");
        assertTrue(page.contains("rel=\"next\"") || page.contains("rel=\"prev\""), "keeps its neighbours' links");
        assertTrue(SearchFiles.notes(output).contains("改寫後的句子"), "search index updated");
        assertEquals(otherBefore, Files.readString(other));
        assertEquals(otherWritten, Files.getLastModifiedTime(other).toMillis(), "other notes are not rewritten");
        assertEquals(indexBefore, Files.readString(output.resolve("index.html")));
        assertTrue(builder.timings().containsKey("crawl") && !builder.timings().containsKey("bake"),
                builder.timings().toString());
        assertEveryStyleClassIsDefined(page);
    }

    /** The new formula's layout classes (moved out of inline styles) are in the republished style sheet. */
    private void assertEveryStyleClassIsDefined(String page) throws IOException {
        String css = Files.readString(output.resolve(MarkupStyles.STYLESHEET), StandardCharsets.UTF_8);
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("sty-[0-9a-f]{10}").matcher(page);
        int count = 0;
        while (used.find()) {
            assertTrue(css.contains("." + used.group() + "{"), used.group() + " is not in " + css);
            count++;
        }
        assertTrue(count > 0, "the formulas use generated classes");
        assertTrue(!page.contains(" style=\""), "no inline style left");
    }

    @Test
    void editingFrontMatterReRendersTheListsWithoutAFullBuild() throws IOException {
        SiteBuilder builder = threeNotes();
        note("a.md", A_HEADER.replace("title=甲", "title=甲改名") + "## 第一節\n\n本文。\n");
        assertEquals(List.of(), builder.rebuild(List.of(root.resolve("content/notes/a.md"))));
        // Issue 15: a front-matter edit re-renders the note, its neighbours and the lists (LiveFrontMatterTest).
        assertFalse(builder.timings().containsKey("bake"), builder.timings().toString());
        assertTrue(Files.readString(output.resolve("archive.html")).contains("甲改名"), "the archive shows the new title");
    }

    @Test
    void anEditThatBreaksALinkKeepsTheServedPage() throws IOException {
        SiteBuilder builder = threeNotes();
        String served = Files.readString(output.resolve("notes/a.html"));
        Path a = root.resolve("content/notes/a.md");

        note("a.md", A_HEADER + "## 改名的節\n\n[壞連結](missing.html)\n");
        List<String> problems = builder.rebuild(List.of(a));
        assertTrue(problems.contains("content/notes/a.md:9: broken link missing.html: no such file in the site"),
                problems.toString());
        assertTrue(problems.contains("content/notes/b.md:7: broken link a.html#第一節: no element with id \"第一節\""
                + " on notes/a.html"), "b links to the heading that was renamed: " + problems);
        assertEquals(served, Files.readString(output.resolve("notes/a.html")), "the last good page stays");

        note("a.md", A_HEADER + "## 第一節\n\n修好了。\n");
        assertEquals(List.of(), builder.rebuild(List.of(a)));
        assertTrue(Files.readString(output.resolve("notes/a.html")).contains("修好了"));
    }

    /**
     * A page with a calculator needs the TeaVM bundle: a deployable build without it fails, and so does the dev
     * server's once the first compile is over; while that compile runs, the dev server's build is published without
     * the calculators' scripts, with the results rendered at build time.
     */
    @Test
    void aMissingBundleFailsTheBuildUnlessTheDevServerIsStillCompilingIt() throws IOException {
        note("bond.md", A_HEADER + "債券試算：\n\n{{< calculator bond >}}\n");
        SiteBuilder deploy = new SiteBuilder(root, output, dir.resolve("no-scripts"));
        deploy.bundlePending(true); // ignored: only the dev server may publish without the bundle
        List<String> problems = deploy.build();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("notes/bond.html: calculators [bond] need "), problems.get(0));
        assertUntouched();

        try (SiteBuilder dev = new SiteBuilder(root, output, dir.resolve("no-scripts")).keepForRebuilds()) {
            dev.bundlePending(true);
            assertEquals(List.of(), dev.build());
            String html = Files.readString(output.resolve("notes/bond.html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("data-calculator=\"bond\""), "the form is on the page");
            assertFalse(html.contains("data-calculators"), "no bundle address while the bundle compiles");
            assertFalse(html.contains("immutable/calculator."), "no loader while the bundle compiles");
            dev.bundlePending(false);
            assertFalse(dev.build().isEmpty(), "once the compile is over, a missing bundle fails the build again");
        }
    }

    private static final String A_HEADER = "title=甲\ndate=2026-01-01\ntype=note\nstatus=published\n~~~~~~\n\n";

    /** Notes a, b (linking to a heading of a) and c, built once with the state kept for rebuilds. */
    private SiteBuilder threeNotes() throws IOException {
        note("a.md", A_HEADER + "## 第一節\n\n原來的句子 $x^2$。\n");
        note("b.md", "title=乙\ndate=2026-01-02\ntype=note\nstatus=published\n~~~~~~\n\n[甲的第一節](a.html#第一節)\n");
        note("c.md", "title=丙\ndate=2026-01-03\ntype=note\nstatus=published\n~~~~~~\n\n丙的本文。\n");
        SiteBuilder builder = new SiteBuilder(root, output, dir.resolve("no-scripts")).keepForRebuilds();
        assertEquals(List.of(), builder.build());
        return builder;
    }

    private List<String> build() throws IOException {
        return new SiteBuilder(root, output, dir.resolve("no-scripts")).build();
    }

    private void assertUntouched() throws IOException {
        assertEquals("the last good site", Files.readString(output.resolve("previous.html")));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial site left");
        }
    }

    private void note(String name, String text) throws IOException {
        Files.writeString(root.resolve("content/notes").resolve(name), text, StandardCharsets.UTF_8);
    }
}
