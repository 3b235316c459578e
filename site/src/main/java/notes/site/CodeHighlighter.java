package notes.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Highlights fenced code blocks when the site is built, with highlight.js (its release from the highlightjs webjar)
 * in GraalJS, so pages need no script for it. The engine starts only for pages that have code with a language.
 */
final class CodeHighlighter {
    private static final String SCRIPT = Webjars.root("org.webjars", "highlightjs") + "highlight.min.js";
    private static final Pattern BLOCK =
            Pattern.compile("<pre><code class=\"language-([A-Za-z0-9_+-]+)\">(.*?)</code></pre>", Pattern.DOTALL);

    private static Value highlight;

    private CodeHighlighter() {
    }

    static String apply(String html) {
        Matcher m = BLOCK.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        do {
            String highlighted = highlight(m.group(1), unescape(m.group(2)));
            String replacement = highlighted == null ? m.group()
                    : "<pre><code class=\"hljs language-" + m.group(1) + "\">" + highlighted + "</code></pre>";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Highlighted markup, or null for a language highlight.js does not know (the block stays plain). */
    private static synchronized String highlight(String language, String code) {
        if (highlight == null) {
            Context context = MathRenderer.newContext();
            context.eval(Source.create("js", resource()));
            highlight = context.eval("js", "(function (lang, code) { return hljs.getLanguage(lang)"
                    + " ? hljs.highlight(code, {language: lang, ignoreIllegals: true}).value : null; })");
        }
        Value result = highlight.execute(language, code);
        return result.isNull() ? null : result.asString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String resource() {
        try (InputStream in = CodeHighlighter.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
