package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every page of a build, as one host serves it, in Chromium: no CSP violation, console error or failed request at
 * phone, tablet and desktop sizes; at the phone and tablet sizes also the layout checks of phone-layout.js (chart text
 * of 11 px or more, no identifier broken across lines, wide tables in labelled scrolling boxes); and the 404 page at
 * any depth, styled, with search and theme, its links inside the site.
 */
abstract class EveryPageIT extends BrowserTest {
    /** Every page the build wrote, as paths relative to the site's root (notes/ppo.html). */
    List<String> pages() {
        return BuiltSite.pages(host().folder());
    }

    @Test
    void everyPageAtDesktopSizeHasNoViolationErrorOrFailedRequest() {
        List<String> pages = pages();
        assertTrue(pages.size() >= Notes.count() + 3, "the notes, home, archive and 404 pages: " + pages);
        for (String page : pages) {
            open(page); // fails on any CSP violation, console error or failed request
        }
    }

    @Test
    void everyPageFitsPhonesAndTablets() {
        List<String> problems = new ArrayList<>();
        try {
            for (int[] size : PhoneLayout.SMALL_SCREENS) {
                browser.resize(size[0], size[1]);
                for (String page : pages()) {
                    open(page);
                    for (String problem : PhoneLayout.problems(browser)) {
                        problems.add(size[0] + " px, " + page + ": " + problem);
                    }
                }
            }
        } finally {
            browser.desktop();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aMissingPathAtAnyDepthGetsTheStyled404PageWithStatus404() throws Exception {
        String missing = server.url() + "missing/deep/path";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(missing)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("找不到這一頁"), "the site's own 404 page");

        browser.resize(360, 740);
        try {
            browser.openMissing(missing);
            assertEquals("flex", browser.script("return getComputedStyle(document.querySelector('.site-header')).display"),
                    "the site's style sheet applies");
            List<?> links = (List<?>) browser.script("return [...document.querySelectorAll('a[href], link[href],"
                    + " script[src]')].map(e => e.href || e.src)");
            String base = server.url();
            for (Object link : links) {
                assertTrue(String.valueOf(link).startsWith(base), "stays inside " + base + ": " + link);
            }
            assertTrue(links.size() >= 8, "header, footer and the page's own links: " + links);
            List<String> layout = PhoneLayout.problems(browser);
            assertTrue(layout.isEmpty(), layout.toString());
        } finally {
            browser.desktop();
        }
    }

    /** Browsers ask for /favicon.ico on their own: it must not be a 404 either. */
    @Test
    void theFaviconIsServed() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an ICO file (type 1 in its header)");
    }

    @Test
    void searchAndThemeWorkOnThe404Page() {
        browser.openMissing(server.url() + "no/such/note.html");
        browser.type("#site-search-input", "LoRA");
        browser.waitUntil("return document.querySelectorAll('#site-search-results a').length > 0");
        String first = (String) browser.script("return document.querySelector('#site-search-results a').href");
        assertTrue(first.startsWith(server.url() + "notes/"), "a result inside the site: " + first);
        String before = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor");
        browser.find("[data-theme-toggle]").click();
        String after = (String) browser.script("return getComputedStyle(document.documentElement).backgroundColor");
        assertTrue(!before.equals(after), "the theme toggle works: " + before + " -> " + after);
        browser.script("localStorage.clear()");
        browser.driver().get(first);
        browser.assertNoProblems(first);
    }
}
