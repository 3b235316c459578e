package notes.site;

import java.io.IOException;
import java.nio.file.Path;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * TeX to HTML and MathML with KaTeX, at build time. KaTeX's own release (from the katex webjar) runs in GraalJS,
 * started on the first formula that is not in the cache, so a build whose formulas are all cached never starts it.
 */
final class MathRenderer {
    static final String WEBJAR = Webjars.root("org.webjars.npm", "katex") + "dist/";

    private static MathRenderer instance;

    private final RenderCache cache = new RenderCache("katex-" + WEBJAR.replaceAll("[^0-9.]", "") + ".tsv");
    private Value katex;

    private MathRenderer() {
    }

    static synchronized MathRenderer get() {
        if (instance == null) {
            instance = new MathRenderer();
        }
        return instance;
    }

    /** The formula as HTML (with MathML for screen readers); throws IllegalArgumentException with KaTeX's reason. */
    synchronized String render(String tex, boolean display) {
        return cache.get((display ? "D" : "I") + tex, key -> katex(tex, display));
    }

    private String katex(String tex, boolean display) {
        if (katex == null) {
            katex = GraalJs.load(Webjars.read(WEBJAR + "katex.min.js"), "(function (tex, display) { return"
                    + " katex.renderToString(tex, {displayMode: display, output: 'htmlAndMathml', throwOnError: true,"
                    + " strict: 'error'}); })");
        }
        try {
            return katex.execute(tex, display).asString();
        } catch (PolyglotException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    void loadCache(Path folder) {
        cache.load(folder);
    }

    void saveCache(Path folder) throws IOException {
        cache.save(folder);
    }
}
