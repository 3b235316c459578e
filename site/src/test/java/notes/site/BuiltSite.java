package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The site the build wrote (site/target/public), served on a free loopback port for browser tests. */
final class BuiltSite {
    private BuiltSite() {
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty("site.output", "target/public"));
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + folder.toAbsolutePath() + ": run mvn verify");
        }
        return folder;
    }

    static StaticServer serve() throws IOException {
        return StaticServer.start(folder(), 0);
    }
}
