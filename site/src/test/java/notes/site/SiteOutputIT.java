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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the baked folder holds: pages, feeds, metadata, and nothing a Content-Security-Policy of 'self' would block. */
class SiteOutputIT {
    private static final Path SITE = BuiltSite.folder();
    /** The address the build wrote (an environment variable URL would override jbake.properties, as on Netlify). */
    private static final String HOST = System.getenv("URL") != null && !System.getenv("URL").isBlank()
            ? System.getenv("URL").replaceAll("/$", "") : jbakeSiteHost();

    private static String jbakeSiteHost() {
        java.util.Properties jbake = new java.util.Properties();
        try {
            jbake.load(new java.io.StringReader(Repo.read("jbake.properties")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jbake.getProperty("site.host");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void homeListsNotesByTopicWithDatesAndSummaries() throws IOException {
        Document home = page("index.html");
        Element investing = home.selectFirst("#topic-investing").parent();
        Element ai = home.selectFirst("#topic-ai").parent();
        long aiNotes = Notes.withTopic("ai");
        assertEquals(Notes.withTopic("investing"), investing.select("li").size(), investing.text());
        assertEquals(aiNotes, ai.select("li").size(), ai.text());
        assertTrue(investing.text().contains("債券的到期殖利率"));
        assertTrue(ai.select("li time").size() == aiNotes && ai.select("li p").size() == aiNotes);
        // A summary's identifiers stay whole at any width, as in the notes themselves (built by FlexmarkEngine).
        assertTrue(ai.select("li p span.nowrap").eachText().contains("DeepSeek-V3"), ai.html());
    }

    @Test
    void everyPageHasLanguageCanonicalAndOpenGraph() throws IOException {
        try (Stream<Path> pages = Files.walk(SITE)) {
            for (Path p : (Iterable<Path>) pages.filter(x -> x.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                assertEquals("zh-Hant", doc.selectFirst("html").attr("lang"), p.toString());
                if (!p.getFileName().toString().equals("404.html")) {
                    assertTrue(doc.selectFirst("link[rel=canonical]").attr("href")
                            .startsWith(HOST + "/"), p.toString());
                    assertFalse(doc.select("meta[property=og:title]").isEmpty(), p.toString());
                }
            }
        }
        Document note = page("notes/ppo.html");
        assertEquals(HOST + "/notes/ppo.html",
                note.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", note.selectFirst("meta[property=og:type]").attr("content"));
        // Archive and tag pages are their own pages, not duplicates of the home page.
        assertEquals(HOST + "/archive.html", page("archive.html").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(HOST + "/tags/AI.html", page("tags/AI.html").selectFirst("link[rel=canonical]").attr("href"));
        // A tag of two words (ONNX Runtime, in onnx-versions.md) has a page whose address escapes the space.
        assertEquals(HOST + "/tags/ONNX%20Runtime.html",
                page("tags/ONNX Runtime.html").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(HOST + "/tags/index.html",
                page("tags/index.html").selectFirst("meta[property=og:url]").attr("content"));
    }

    @Test
    void notesHaveTagsTableOfContentsAndNeighbours() throws IOException {
        Document note = page("notes/moe.html");
        assertFalse(note.select(".toc a[href^=#]").isEmpty(), "table of contents");
        assertFalse(note.select("a[rel=tag]").isEmpty(), "tag links");
        assertFalse(note.select(".prev-next a").isEmpty(), "previous/next");
        Document tag = page("tags/AI.html");
        assertEquals(Notes.withTag("AI"), tag.select("main li").size());
        assertTrue(Files.isRegularFile(SITE.resolve("archive.html")));
        assertEquals(Notes.count(), page("archive.html").select("main li").size());
    }

    @Test
    void feedSitemapRobotsAndNotFoundPage() throws IOException {
        String feed = Files.readString(SITE.resolve("feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.startsWith("<?xml") && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertEquals(Notes.count(), feed.split("<entry>", -1).length - 1);
        String sitemap = Files.readString(SITE.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + HOST + "/notes/bond-yield.html</loc>"));
        assertTrue(Files.readString(SITE.resolve("robots.txt"))
                .contains("Sitemap: " + HOST + "/sitemap.xml"));
        Document notFound = page("404.html");
        assertTrue(notFound.text().contains("找不到這一頁"));
        // Netlify and GitHub Pages serve 404.html for any path: its links must not depend on the depth.
        for (Element link : notFound.select("[href], [src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("/"), url);
        }
    }

    /** The CSP allows scripts from the site only: no inline script, no event handler attribute, no other host. */
    @Test
    void pagesNeedNoInlineScriptAndNoOtherHost() throws IOException {
        try (Stream<Path> pages = Files.walk(SITE)) {
            for (Path p : (Iterable<Path>) pages.filter(x -> x.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element script : doc.select("script")) {
                    assertTrue(script.hasAttr("src") && script.data().isBlank(), p + ": inline script");
                    assertFalse(script.attr("src").matches("^(https?:)?//.*"), p + ": " + script.attr("src"));
                }
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), p + ": " + a.getKey()));
                }
                for (Element css : doc.select("link[rel=stylesheet]")) {
                    assertFalse(css.attr("href").matches("^(https?:)?//.*"), p + ": " + css.attr("href"));
                }
            }
        }
    }

    @Test
    void codeIsHighlightedAtBuildTimeAndSearchIsIndexed() throws IOException {
        Element code = page("notes/gguf.html").selectFirst("pre code.hljs.language-python");
        assertTrue(code != null, "highlighted Python block");
        assertEquals("import", code.selectFirst(".hljs-keyword").text());
        String index = SearchFiles.notes(SITE);
        assertTrue(index.contains("\"url\":\"notes/preferred-stock.html\"") && index.contains("清算優先權"));
        // preferred-stock.md writes "**清算優先權**（liquidation preference）": a gloss, so a synonym.
        assertTrue(Files.readString(SITE.resolve("search.json"), StandardCharsets.UTF_8)
                .contains("[\"liquidation preference\",\"清算優先權\"]"));
    }

    /** Formulas are already HTML and MathML in the baked page, with KaTeX's styles and fonts served by the site. */
    @Test
    void mathIsRenderedAtBuildTime() throws IOException {
        Document ppo = page("notes/ppo.html");
        Element display = ppo.selectFirst(".katex-display .katex-mathml math");
        assertTrue(display != null, "display math rendered");
        assertTrue(ppo.select(".katex-mathml annotation").stream()
                .anyMatch(a -> a.text().contains("\\operatorname{clip}")), "the PPO objective");
        assertTrue(ppo.select(".katex-mathml mi").stream().anyMatch(mi -> mi.text().equals("θ")));
        Document mla = page("notes/mla.html");
        assertTrue(mla.select(".katex-mathml annotation").stream().anyMatch(a -> a.text().contains("d_c + d_h^R")));
        Document bond = page("notes/bond-yield.html");
        assertFalse(bond.select(".katex-display .mfrac, .katex-display mfrac").isEmpty(), "the price formula's fractions");
        assertFalse(page("notes/moe.html").select(".katex").isEmpty());
        assertTrue(Files.isRegularFile(SITE.resolve("katex/katex.min.css")));
        assertTrue(Files.isRegularFile(SITE.resolve("katex/fonts/KaTeX_Main-Regular.woff2")));
        assertFalse(ppo.text().contains("$$"), "no TeX left in the page");
        List<String> noDollars = List.of("notes/ppo.html", "notes/mla.html", "notes/moe.html");
        for (String p : noDollars) {
            assertFalse(page(p).select(".note-body").text().matches(".*\\$[^$]+\\$.*"), p);
        }
    }

    /** A quoted or url()-wrapped address of a script or style sheet, in a script or a style sheet. */
    private static final java.util.regex.Pattern ASSET_ADDRESS =
            java.util.regex.Pattern.compile("[\"'(`]([^\"'()`\\s]+\\.(?:js|css))[\"')`?#]");

    /**
     * Every script and style sheet the site publishes is asked for: named by an attribute of some page (src, href,
     * data-*) or by another published script or style sheet. The plain copies of the content-hashed files
     * (js/search.js beside immutable/search.HASH.js, HashedAssets) are bytes no page loads, so they are not there.
     */
    @Test
    void everyPublishedScriptAndStyleSheetIsReferenced() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SITE)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        java.util.Set<String> referenced = new java.util.HashSet<>();
        List<String> published = new java.util.ArrayList<>();
        for (Path file : files) {
            String path = SITE.relativize(file).toString().replace('\\', '/');
            if (path.endsWith(".html")) {
                for (Element e : Jsoup.parse(file.toFile(), "UTF-8").getAllElements()) {
                    e.attributes().forEach(a -> addTarget(referenced, path, a.getValue()));
                }
            } else if (path.endsWith(".js") || path.endsWith(".css")) {
                published.add(path);
                var m = ASSET_ADDRESS.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    addTarget(referenced, path, m.group(1));
                }
            }
        }
        assertTrue(published.stream().anyMatch(p -> p.matches("immutable/search\\.[0-9a-f]{12}\\.js")), "" + published);
        assertEquals(List.of(), published.stream().filter(p -> !referenced.contains(p)).toList(),
                "published but named by no page, script or style sheet");
        assertFalse(Files.exists(SITE.resolve("js")), "no plain js/ folder beside immutable/");
    }

    /** Adds the site-relative path {@code address} names from the file at {@code from}, if it is in the site. */
    private static void addTarget(java.util.Set<String> targets, String from, String address) {
        try {
            java.net.URI site = java.net.URI.create("file:///site/");
            java.net.URI target = site.resolve(from).resolve(address.trim()).normalize();
            if ("file".equals(target.getScheme()) && target.getPath().startsWith("/site/")) {
                targets.add(target.getPath().substring("/site/".length()));
            }
        } catch (IllegalArgumentException notAnAddress) {
            // prose in an attribute (a title, an aria-label) is not an address
        }
    }

    /** Every address in every page is a URI (RFC 3986: a space is %20), as crawlers and feed readers need it. */
    @Test
    void everyAddressIsAValidUri() throws IOException {
        int checked = 0;
        try (Stream<Path> pages = Files.walk(SITE)) {
            for (Path p : (Iterable<Path>) pages.filter(x -> x.toString().endsWith(".html"))::iterator) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                for (org.jsoup.nodes.Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                    String address = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    try {
                        new java.net.URI(address);
                        checked++;
                    } catch (java.net.URISyntaxException bad) {
                        throw new AssertionError(SITE.relativize(p) + ": " + e.outerHtml(), bad);
                    }
                }
            }
        }
        assertTrue(checked > 500, "addresses checked: " + checked);
    }
}
