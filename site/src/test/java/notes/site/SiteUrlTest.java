package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SiteUrlTest {
    private static final Properties JBAKE = new Properties();

    static {
        JBAKE.setProperty("site.host", "https://reading-notes.example.org");
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentWhichWinsOverJbakeProperties() {
        Map<String, String> netlify = Map.of("URL", "https://notes.netlify.app");
        assertEquals("https://user.github.io/REPO",
                SiteUrl.resolve("https://user.github.io/REPO/", netlify, JBAKE).url());
        assertEquals("https://notes.netlify.app", SiteUrl.resolve(null, netlify, JBAKE).url());
        assertEquals("https://notes.netlify.app", SiteUrl.resolve(" ", netlify, JBAKE).url());
        SiteUrl fallback = SiteUrl.resolve(null, Map.of("URL", ""), JBAKE);
        assertEquals("https://reading-notes.example.org", fallback.url());
        assertEquals("jbake.properties site.host", fallback.source());
    }

    /** actions/configure-pages reports a project site's base_url with its /REPO path and no trailing slash. */
    @Test
    void theBasePathIsThePathOfTheAddress() {
        assertEquals("/REPO/", SiteUrl.of("https://user.github.io/REPO", "t").basePath());
        assertEquals("/REPO/", SiteUrl.of("https://user.github.io/REPO/", "t").basePath());
        assertEquals("https://user.github.io/REPO", SiteUrl.of("https://user.github.io/REPO/", "t").url());
        assertEquals("/", SiteUrl.of("https://notes.netlify.app", "t").basePath());
        assertEquals("https://notes.netlify.app", SiteUrl.of("https://notes.netlify.app/", "t").url());
    }

    /** RFC 2606 reserves example.com, .net, .org and .example: links to them are dead. */
    @Test
    void reservedExampleDomainsArePlaceholders() {
        assertTrue(SiteUrl.of("https://reading-notes.example.org", "t").placeholder());
        assertTrue(SiteUrl.of("http://example.com/x", "t").placeholder());
        assertTrue(SiteUrl.of("https://site.example", "t").placeholder());
        assertFalse(SiteUrl.of("https://notes.netlify.app", "t").placeholder());
        assertFalse(SiteUrl.of("https://myexample.org", "t").placeholder());
    }

    @Test
    void anAddressThatIsNotAbsoluteHttpIsRefusedNamingItsSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteUrl.resolve(null, Map.of("URL", "notes.netlify.app"), JBAKE));
        assertTrue(e.getMessage().contains("environment variable URL") && e.getMessage().contains("notes.netlify.app"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SiteUrl.of("ftp://host/x", "t"));
    }
}
