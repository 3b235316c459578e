package notes.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * TeX to HTML and MathML with KaTeX, at build time. KaTeX's own release (from the katex webjar) runs in the engine
 * {@link JsEngines} picks, started on the first formula that is not in the cache, so a build whose formulas are all
 * cached never starts it. Safe to call from parallel page renders.
 */
final class MathRenderer {
    static final String WEBJAR = Webjars.root("org.webjars.npm", "katex") + "dist/";

    private static MathRenderer instance;

    private final RenderCache cache = new RenderCache("katex-" + WEBJAR.replaceAll("[^0-9.]", "") + ".tsv");
    static final String FUNCTION = "(function (tex, display) { return katex.renderToString(tex, {displayMode: display,"
            + " output: 'htmlAndMathml', throwOnError: true, strict: 'error'}); })";

    private JsFunction katex;

    private MathRenderer() {
    }

    static synchronized MathRenderer get() {
        if (instance == null) {
            instance = new MathRenderer();
        }
        return instance;
    }

    /** The formula as HTML (with MathML for screen readers); throws IllegalArgumentException with KaTeX's reason. */
    String render(String tex, boolean display) {
        return cache.get((display ? "D" : "I") + tex, key -> katex().call(tex, display));
    }

    private synchronized JsFunction katex() {
        if (katex == null) {
            katex = JsEngines.load(Webjars.read(WEBJAR + "katex.min.js"), FUNCTION);
        }
        return katex;
    }

    void loadCache(Path folder) {
        cache.load(folder);
    }

    void saveCache(Path folder) throws IOException {
        cache.save(folder);
    }
}
