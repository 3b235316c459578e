package notes.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A site build as the dev server drives it. The dev server's own class loader loads this interface, so a
 * {@link SiteBuilder} loaded by {@link FreshCalculators} (with the calculators just recompiled) can stand behind it.
 */
public interface SiteBuild extends AutoCloseable {
    /** A full build; the problems as {@code file:line: message}, empty when the new site was published. */
    List<String> build() throws IOException;

    /** Re-renders the changed notes only (see {@link SiteBuilder#rebuild}). */
    List<String> rebuild(Collection<Path> changed) throws IOException;

    /** Milliseconds per step of the last build, in order. */
    Map<String, Long> timings();

    /** The published folder. */
    Path output();

    /** Releases what the build keeps between rebuilds (JBake's content store). */
    @Override
    void close();
}
