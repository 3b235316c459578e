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

    /** Started on the first formula not in the cache: a build whose formulas are all cached never starts GraalJS. */
    private Value render;
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
    }

    private Value katex() {
        if (render == null) {
            Context context = newContext();
            context.eval(Source.create("js", resource("katex.min.js")));
            render = context.eval("js", "(function (tex, display) { return katex.renderToString(tex, {displayMode:"
                    + " display, output: 'htmlAndMathml', throwOnError: true, strict: 'error'}); })");
        }
        return render;
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
            String html = katex().execute(tex, display).asString();
            cache.put(key, html);
            return html;
        } catch (PolyglotException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Loads formulas rendered by an earlier build of the same KaTeX version (one per line: D or I, the TeX and the
     * HTML, Base64), so that a new JVM does not render them again; a missing or unreadable file is no error.
     */
    void loadCache(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        java.util.Base64.Decoder b64 = java.util.Base64.getDecoder();
        try {
            for (String line : java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    cache.putIfAbsent(f[0] + new String(b64.decode(f[1]), StandardCharsets.UTF_8),
                            new String(b64.decode(f[2]), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            cache.clear(); // a damaged cache only costs time
        }
    }

    void saveCache(java.nio.file.Path file) throws IOException {
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        StringBuilder out = new StringBuilder();
        cache.forEach((key, html) -> out.append(key.charAt(0)).append('\t')
                .append(b64.encodeToString(key.substring(1).getBytes(StandardCharsets.UTF_8))).append('\t')
                .append(b64.encodeToString(html.getBytes(StandardCharsets.UTF_8))).append('\n'));
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The cache file name carries the KaTeX version: a new version renders everything afresh. */
    static String cacheFileName() {
        return "katex-" + WEBJAR.replaceAll("[^0-9.]", "") + ".tsv";
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
