package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A GitHub Pages project site: the build for https://user.github.io/REPO/ served under /REPO/, every page and the
 * 404 page at any depth (the checks of {@link EveryPageIT}), and the addresses written for that host.
 */
class GithubPagesHostIT extends EveryPageIT {
    @Override
    Host host() {
        return Host.GITHUB_PAGES;
    }

    @Test
    void canonicalFeedSitemapAndRobotsUseTheProjectSiteAddress() throws IOException {
        var site = host().folder();
        String canonical = Jsoup.parse(site.resolve("notes/ppo.html").toFile(), "UTF-8")
                .selectFirst("link[rel=canonical]").attr("href");
        assertEquals(BuiltSite.PAGES_URL + "notes/ppo.html", canonical);
        assertTrue(Files.readString(site.resolve("feed.xml"), StandardCharsets.UTF_8)
                .contains("href=\"" + BuiltSite.PAGES_URL + "feed.xml\""), "the feed links itself");
        assertTrue(Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8)
                .contains("<loc>" + BuiltSite.PAGES_URL + "notes/bond-yield.html</loc>"));
        assertTrue(Files.readString(site.resolve("robots.txt"), StandardCharsets.UTF_8)
                .contains("Sitemap: " + BuiltSite.PAGES_URL + "sitemap.xml"));
    }
}
