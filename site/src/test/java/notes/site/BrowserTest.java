package notes.site;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the browser tests: the built site served as a host serves it (Netlify's headers by default; a subclass
 * picks another {@link Host}) and one headless Chromium per test class. After each test the page must have had no
 * CSP violation, console error or failed request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    static StaticServer server;
    static Browser browser;

    /** The host the class's pages are served as. */
    Host host() {
        return Host.NETLIFY;
    }

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        server = host().serve();
        browser = new Browser();
    }

    @AfterEach
    void pageHadNoProblems() {
        browser.assertNoProblems("at the end of the test, " + browser.driver().getCurrentUrl());
    }

    @AfterAll
    void stopServerAndBrowser() throws IOException {
        browser.close();
        server.close();
    }

    /** Opens a page of the built site (see {@link Browser#open}: it waits for the calculators to mount). */
    static void open(String pathAndQuery) {
        browser.open(server.url() + pathAndQuery);
    }
}
