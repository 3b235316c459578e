package notes.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * TeX to HTML and MathML with KaTeX, at build time. KaTeX's own release (from the katex webjar) runs in GraalJS;
 * the engine starts once per JVM (about 2.5 s on a JDK without Graal's compiler) and results are cached by formula,
 * so the dev server's rebuilds cost nothing for formulas already seen.
 */
final class MathRenderer {
    static final String WEBJAR = Webjars.root("org.webjars.npm", "katex") + "dist/";

    private static MathRenderer instance;

    private final Context context;
    private final Value render;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** One GraalJS engine for all build-time scripts (KaTeX, highlight.js): they share its start-up and code cache. */
    private static org.graalvm.polyglot.Engine engine;

    static synchronized Context newContext() {
        if (engine == null) {
            engine = org.graalvm.polyglot.Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false")
                    .build();
        }
        Context context = Context.newBuilder("js").engine(engine).build();
        context.eval("js", "var window = globalThis; var self = globalThis;");
        return context;
    }

    private MathRenderer() {
        context = newContext();
        context.eval(Source.create("js", resource("katex.min.js")));
        render = context.eval("js", "(function (tex, display) { return katex.renderToString(tex, {displayMode: display,"
                + " output: 'htmlAndMathml', throwOnError: true, strict: 'error'}); })");
    }

    static synchronized MathRenderer get() {
        if (instance == null) {
            instance = new MathRenderer();
        }
        return instance;
    }

    /** The formula as HTML (with MathML for screen readers); throws IllegalArgumentException with KaTeX's reason. */
    synchronized String render(String tex, boolean display) {
        String key = (display ? "D" : "I") + tex;
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            String html = render.execute(tex, display).asString();
            cache.put(key, html);
            return html;
        } catch (PolyglotException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = MathRenderer.class.getClassLoader().getResourceAsStream(WEBJAR + name)) {
            if (in == null) {
                throw new IllegalStateException("the KaTeX webjar lacks " + WEBJAR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
