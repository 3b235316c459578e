package notes.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights fenced code blocks when the site is built, with highlight.js (its release from the highlightjs webjar)
 * in the engine {@link JsEngines} picks, so pages need no script for it. The engine starts only for code blocks that
 * are not in the cache.
 */
final class CodeHighlighter {
    private static final String WEBJAR = Webjars.root("org.webjars", "highlightjs");
    private static final Pattern BLOCK =
            Pattern.compile("<pre><code class=\"language-([A-Za-z0-9_+-]+)\">(.*?)</code></pre>", Pattern.DOTALL);
    private static final RenderCache CACHE = new RenderCache("highlightjs-" + WEBJAR.replaceAll("[^0-9.]", "") + ".tsv");

    static final String SCRIPT = WEBJAR + "highlight.min.js";
    static final String FUNCTION = "(function (lang, code) { return hljs.getLanguage(lang)"
            + " ? hljs.highlight(code, {language: lang, ignoreIllegals: true}).value : null; })";

    private static JsFunction highlight;

    private CodeHighlighter() {
    }

    static String apply(String html) {
        Matcher m = BLOCK.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        do {
            String block = m.group();
            String language = m.group(1);
            String code = m.group(2);
            String replacement = CACHE.get(block, key -> highlighted(language, code, block));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** The block highlighted, or as it was for a language highlight.js does not know. */
    private static String highlighted(String language, String escapedCode, String block) {
        String result = highlight().call(language, unescape(escapedCode));
        return result == null ? block : "<pre><code class=\"hljs language-" + language + "\">" + result + "</code></pre>";
    }

    private static synchronized JsFunction highlight() {
        if (highlight == null) {
            highlight = JsEngines.load(Webjars.read(SCRIPT), FUNCTION);
        }
        return highlight;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static void loadCache(Path folder) {
        CACHE.load(folder);
    }

    static void saveCache(Path folder) throws IOException {
        CACHE.save(folder);
    }
}
