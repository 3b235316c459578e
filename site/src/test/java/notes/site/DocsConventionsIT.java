package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The documentation conventions in the pages the build wrote: each appears in a real note, and every note follows
 * it. Expected sizes come from the image files themselves, read here with jsoup, not from our reader.
 */
class DocsConventionsIT {
    private static final Path SITE = BuiltSite.folder();

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static List<String> notes(Path site) {
        return BuiltSite.pages(site).stream().filter(p -> p.startsWith("notes/")).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void theBondNoteHasCalloutsAndNoAlertMarkerIsLeftAnywhere() throws IOException {
        Document bond = page(SITE, "notes/bond-yield.html");
        assertEquals(List.of("警告", "提示", "注意"), bond.select(".note-body .callout[role=note]").eachAttr("aria-label"));
        for (Element callout : bond.select(".callout")) {
            assertEquals(callout.attr("aria-label"), callout.child(0).text(), "the label is the first line");
            assertTrue(callout.children().size() > 1, "and has a body");
        }
        for (String note : notes(SITE)) {
            String body = page(SITE, note).select(".note-body").text();
            assertFalse(body.matches("(?s).*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\].*"), note);
        }
    }

    /** Every image of every note has alt text, its file's size and lazy loading; the bond note's is a captioned figure. */
    @Test
    void imagesAreSizedFromTheirFilesAndLazy() throws IOException {
        Document bond = page(SITE, "notes/bond-yield.html");
        Element figure = bond.selectFirst(".note-body figure.figure");
        assertFalse(figure.selectFirst("figcaption").text().isBlank());
        int images = 0;
        for (String note : notes(SITE)) {
            for (Element img : page(SITE, note).select(".note-body img")) {
                images++;
                Path file = SITE.resolve("notes").resolve(img.attr("src")).normalize();
                Element svg = Jsoup.parse(file.toFile(), "UTF-8", "", org.jsoup.parser.Parser.xmlParser()).selectFirst("svg");
                assertEquals(List.of(svg.attr("width"), svg.attr("height"), "lazy", "async"), List.of(img.attr("width"),
                        img.attr("height"), img.attr("loading"), img.attr("decoding")), note + " " + img.outerHtml());
                assertFalse(img.attr("alt").isBlank(), note);
            }
        }
        assertTrue(images >= 1);
    }

    /** Every code block of a note has the copy button, and the page loads its script from a file (no inline script). */
    @Test
    void codeBlocksHaveCopyButtonsAndTheScriptIsAFile() throws IOException {
        int blocks = 0;
        for (String note : notes(SITE)) {
            Document page = page(SITE, note);
            for (Element pre : page.select(".note-body pre")) {
                blocks++;
                Element box = pre.parent();
                assertTrue(box.hasClass("code-block") && box.selectFirst("button.copy-code[type=button]") != null, note);
            }
            boolean hasBlocks = !page.select(".note-body .code-block").isEmpty();
            assertEquals(hasBlocks, !page.select("script[src*=copy-code]").isEmpty(), note);
            assertTrue(page.select("script:not([src])").isEmpty(), note + " has an inline script");
        }
        assertTrue(blocks >= 2, "the GGUF and ONNX notes show code");
    }

    @Test
    void everyHeadingOfANoteHasANamedPermalink() throws IOException {
        for (String note : notes(SITE)) {
            for (Element heading : page(SITE, note).select(".note-body h2[id], .note-body h3[id]")) {
                if (!heading.parents().select(".calculator").isEmpty()) {
                    continue; // a calculator's own heading is part of its form, not of the note's outline
                }
                Element link = heading.selectFirst("> a.heading-anchor");
                assertEquals("#" + heading.id(), link.attr("href"), note);
                assertTrue(link.attr("aria-label").startsWith("本節連結："), note + " " + link.outerHtml());
            }
        }
    }

    /**
     * Footnotes link both ways with ids that are unique in the page and fragment-only links (they work at any base
     * path), each way back named apart: checked in the site built for the GitHub Pages sub-path /REPO/ too.
     */
    @Test
    void footnotesLinkBackWithUniqueIdsAlsoUnderTheGithubPagesPath() throws IOException {
        for (Path site : List.of(SITE, BuiltSite.pagesFolder())) {
            int backLinks = 0;
            int usedAgain = 0;
            for (String note : notes(site)) {
                Document page = page(site, note);
                assertTrue(page.select("base").isEmpty(), "no <base> to move fragment links");
                Set<String> ids = new HashSet<>();
                for (Element withId : page.select("[id]")) {
                    assertTrue(ids.add(withId.id()), note + ": id " + withId.id() + " repeats");
                }
                for (Element link : page.select("a.footnote-ref, a.footnote-backref")) {
                    String href = link.attr("href");
                    assertTrue(href.startsWith("#") && ids.contains(href.substring(1)), note + " " + href);
                }
                for (Element footnote : page.select(".footnotes li[id]")) {
                    // A footnote used more than once names its way back to each use apart (WCAG 2.2, 2.4.4).
                    List<String> names = footnote.select("> a.footnote-backref > .visually-hidden").eachText();
                    backLinks += names.size();
                    usedAgain += names.size() > 1 ? 1 : 0;
                    List<String> expected = names.size() == 1 ? List.of("回到內文")
                            : IntStream.rangeClosed(1, names.size()).mapToObj(n -> "回到第 " + n + " 處引用")
                                    .collect(Collectors.toList());
                    assertEquals(expected, names, note + " " + footnote.id());
                }
                assertEquals(page.select("a.footnote-ref").size(), page.select("a.footnote-backref").size(), note);
            }
            assertTrue(backLinks > 10, site.toString());
            // bond-yield.md cites [^ms-yield] in four places.
            assertTrue(usedAgain > 0, site + ": a footnote used twice");
        }
    }
}
