package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation-site conventions of the notes' Markdown: GitHub's alerts as callouts (GitHub Docs, "Basic
 * writing and formatting syntax", Alerts: a block quote whose first line is [!NOTE], [!TIP], [!IMPORTANT],
 * [!WARNING] or [!CAUTION]), code blocks with a copy button, labelled heading links, footnotes that link back, and
 * images as sized figures.
 */
class DocsMarkupTest {
    private static final Embeds EMBEDS = new Embeds(Repo.root().resolve("templates"));
    @TempDir
    Path dir;

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(new FlexmarkEngine(EMBEDS, MarkupStyles.keepingInline()).render(markdown));
    }

    @Test
    void eachAlertKindIsALabelledNoteWithoutItsMarker() {
        String[][] kinds = {{"NOTE", "注意"}, {"TIP", "提示"}, {"IMPORTANT", "重要"}, {"WARNING", "警告"},
                {"CAUTION", "小心"}};
        for (String[] kind : kinds) {
            Document html = render("> [!" + kind[0] + "]\n> 第一行**粗體**\n> 第二行\n>\n> 第二段\n");
            Element box = html.selectFirst("div.callout");
            assertEquals("note", box.attr("role"), html.html());
            assertEquals(kind[1], box.attr("aria-label"));
            assertEquals(kind[1], box.selectFirst(".callout-title").text());
            assertEquals(List.of(kind[1], "第一行粗體 第二行", "第二段"), box.select("p").eachText());
            assertTrue(html.select("blockquote").isEmpty() && !html.text().contains("[!"), html.html());
        }
    }

    /** GitHub reads the kind case-insensitively; a marker alone in the quote makes an empty callout's title only. */
    @Test
    void markersAreCaseInsensitiveAndMayStandAlone() {
        Document html = render("> [!tip]\n\n- 清單\n\n  > [!Warning]\n  >\n  > 巢狀\n");
        assertEquals(List.of("提示", "警告"), html.select(".callout-title").eachText());
        assertEquals("巢狀", html.selectFirst("li .callout-warning > p:last-child").text());
    }

    /** Text after the marker on its line, or a marker after the first line, is a plain quote, as on GitHub. */
    @Test
    void otherQuotesStayQuotes() {
        for (String quote : new String[] {"> [!NOTE] 同一行\n", "> 前言\n> [!NOTE]\n", "> 引文\n"}) {
            Document html = render(quote);
            assertTrue(html.select(".callout").isEmpty() && html.select("blockquote").size() == 1, html.html());
        }
    }

    @Test
    void anUnknownKindFailsTheBuildWithItsLine() throws IOException {
        Path note = Files.createDirectories(dir.resolve("content/notes")).resolve("n.md");
        Files.writeString(note, "title=t\ndate=2026-01-01\n~~~~~~\n\n> [!WARN]\n> 小心\n\n> [!NOTE] 不是提醒\n",
                StandardCharsets.UTF_8);
        List<String> problems = new NoteChecker(dir, EMBEDS).check(List.of(note));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/notes/n.md:5: unknown callout [!WARN]; the kinds are [!NOTE]"),
                problems.get(0));
    }

    @Test
    void aMissingImageFileFailsTheBuildWithItsLine() throws IOException {
        Path note = Files.createDirectories(dir.resolve("content/notes")).resolve("n.md");
        Files.writeString(note, "title=t\ndate=2026-01-01\n~~~~~~\n\n前言\n\n![曲線](../img/nowhere.svg \"說明\")\n",
                StandardCharsets.UTF_8);
        List<String> problems = new NoteChecker(dir, EMBEDS).check(List.of(note));
        assertEquals(List.of("content/notes/n.md:7: image ../img/nowhere.svg is not a file: from notes/n.html it"
                + " means assets/img/nowhere.svg"), problems);
    }

    /** A lone image is a figure with its title as caption, sized from the file, loaded lazily (HTML's img). */
    @Test
    void aLoneImageIsASizedLazyFigure() throws IOException {
        Files.createDirectories(dir.resolve("assets/img"));
        Files.writeString(dir.resolve("assets/img/c.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 150\"/>");
        FlexmarkEngine engine = new FlexmarkEngine(EMBEDS, MarkupStyles.keepingInline(), NoteDates.none(),
                new ImageFiles(dir.resolve("assets")), dir.resolve("content"));
        Document html = Jsoup.parseBodyFragment(engine.render("![曲線圖](../img/c.svg \"價格與殖利率\")\n\n"
                + "文中 ![小圖](../img/c.svg) 一張\n", "notes/n.html"));
        Element figure = html.selectFirst("figure");
        Element img = figure.selectFirst("img");
        assertEquals(List.of("../img/c.svg", "曲線圖", "300", "150", "lazy", "async"), List.of(img.attr("src"),
                img.attr("alt"), img.attr("width"), img.attr("height"), img.attr("loading"), img.attr("decoding")));
        assertEquals("價格與殖利率", figure.selectFirst("figcaption").text());
        Element inline = html.selectFirst("p img");
        assertEquals(List.of("300", "150", "lazy"), List.of(inline.attr("width"), inline.attr("height"),
                inline.attr("loading")));
        assertEquals(1, html.select("figure").size());
    }

    @Test
    void codeBlocksHaveACopyButtonAndALiveRegion() {
        Document html = render("```java\nint x = 1;\n```\n\n    縮排\n\n`行內`\n");
        assertEquals(2, html.select(".code-block").size(), html.html());
        for (Element box : html.select(".code-block")) {
            Element button = box.selectFirst("button.copy-code");
            assertEquals("button", button.attr("type"));
            assertTrue(button.hasAttr("hidden"), "shown by the script only");
            assertTrue(button.attr("aria-label").contains(button.text()), "the visible label is in the name (WCAG 2.5.3)");
            assertEquals("polite", box.selectFirst(".copy-status").attr("aria-live"));
            assertEquals(1, box.select("pre").size());
        }
        assertTrue(html.selectFirst("p > code").parent().select("button").isEmpty(), "code spans have none");
    }

    @Test
    void headingLinksAreNamedAfterTheirHeading() {
        Document html = render("## 乾淨價格與 **含息** 價格\n\n### `YIELD` 的解法\n");
        assertEquals(List.of("本節連結：乾淨價格與 含息 價格", "本節連結：YIELD 的解法"),
                html.select("a.heading-anchor").eachAttr("aria-label"));
        for (Element link : html.select("a.heading-anchor")) {
            assertEquals("#" + link.parent().id(), link.attr("href"));
        }
    }

    /**
     * Each use of a footnote links to it and back (twice used: two ids, two ways back, named apart), all ids distinct.
     */
    @Test
    void footnotesLinkBackToEachUse() {
        Document html = render("一[^a]，二[^b]，再一次[^a]。\n\n[^a]: 出處甲。\n[^b]: 出處乙。\n");
        List<String> refs = html.select("sup[id]").eachAttr("id");
        assertEquals(3, refs.size());
        // Numbered in order of first use, as GitHub numbers footnotes (GitHub Docs, "Basic writing and formatting
        // syntax", Footnotes): [^a] is 1 in both of its uses, [^b] is 2; the list follows the same order.
        assertEquals(List.of("1", "2", "1"), html.select("a.footnote-ref").eachText().stream()
                .map(t -> t.replace("註腳", "").strip()).collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of("出處甲。", "出處乙。"), html.select(".footnotes li > p").eachText());
        assertEquals(refs.size(), refs.stream().distinct().count(), refs.toString());
        for (Element ref : html.select("a.footnote-ref")) {
            assertTrue(html.getElementById(ref.attr("href").substring(1)) != null, ref.outerHtml());
        }
        List<Element> back = html.select("a.footnote-backref");
        assertEquals(new java.util.TreeSet<>(refs), back.stream().map(a -> a.attr("href").substring(1))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        // Two links to two places need two names (WCAG 2.2, 2.4.4 Link Purpose (In Context)): [^a]'s way back to
        // each of its uses is named for that use; [^b], used once, keeps the plain name.
        assertEquals(List.of("回到第 1 處引用", "回到第 2 處引用", "回到內文"),
                back.stream().map(a -> a.select(".visually-hidden").text()).collect(java.util.stream.Collectors.toList()));
        for (Element link : back) {
            assertEquals("true", link.selectFirst("span").attr("aria-hidden"));
        }
    }
}
