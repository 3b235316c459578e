package notes.site;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the browser tests: the built site on a loopback port and one headless Chromium per test class. */
abstract class BrowserTest {
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        server = BuiltSite.serve();
        browser = new Browser();
    }

    @AfterAll
    static void stopServerAndBrowser() throws IOException {
        browser.close();
        server.close();
    }

    /** Opens a page of the built site (see {@link Browser#open}: it waits for the calculators to mount). */
    static void open(String pathAndQuery) {
        browser.open(server.url() + pathAndQuery);
    }
}
