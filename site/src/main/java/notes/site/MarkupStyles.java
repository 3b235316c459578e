package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves inline {@code style="…"} attributes out of the HTML into classes of a generated style sheet, so that pages
 * render the same under a Content-Security-Policy of {@code style-src 'self'} (which blocks inline styles) as they
 * would without it. KaTeX writes its layout (struts, vertical lists, spacing) as inline styles; a note's raw HTML may
 * carry some too.
 *
 * <p>Each distinct declaration list becomes one class, named by a hash of the declarations so the same formula gets
 * the same class in every build and in every incremental rebuild. The class's declarations are marked
 * {@code !important}: an inline declaration beats every normal declaration of a style sheet, and an important one
 * is the style-sheet declaration that keeps that precedence over KaTeX's own rules (CSS Cascade 4, section 6.1).
 * Thread-safe: JBake parses notes on several threads.
 */
final class MarkupStyles {
    /** Every generated class starts with this; the layout links the style sheet only on pages that use one. */
    static final String PREFIX = "sty-";
    /** Where the style sheet is written, relative to the site's root. */
    static final String STYLESHEET = "css/markup-styles.css";

    /** A start tag with a style attribute (double- or single-quoted). Attribute values hold no raw {@code <>}. */
    private static final Pattern TAG_WITH_STYLE =
            Pattern.compile("<[a-zA-Z][^<>]*?\\sstyle\\s*=\\s*(?:\"[^\"]*\"|'[^']*')[^<>]*>");
    private static final Pattern STYLE = Pattern.compile("\\sstyle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CLASS = Pattern.compile("(\\sclass\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')");

    /** Normalised declarations to class name, sorted so the style sheet's text is stable. */
    private final Map<String, String> classes = new ConcurrentSkipListMap<>();
    /**
     * Tags already rewritten, as written and as rewritten: KaTeX writes the same few hundred styled tags in every
     * formula, and parsing their declarations again for each was a tenth of rendering the notes.
     */
    private final Map<String, String> rewritten = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean keepInline;

    private MarkupStyles(boolean keepInline) {
        this.keepInline = keepInline;
    }

    /** Styles moved into the generated style sheet: what every build does. */
    static MarkupStyles extracting() {
        return new MarkupStyles(false);
    }

    /**
     * Inline styles left as they are (an empty style sheet): the reference layout that the browser tests compare
     * the extracted styles against, served without the policy.
     */
    static MarkupStyles keepingInline() {
        return new MarkupStyles(true);
    }

    /** The HTML with each style attribute replaced by a class (added to the tag's class list). */
    String extract(String html) {
        if (keepInline || !html.contains("style")) {
            return html;
        }
        Matcher tag = TAG_WITH_STYLE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(rewritten.computeIfAbsent(tag.group(), this::rewriteTag)));
        }
        tag.appendTail(out);
        return out.toString();
    }

    private String rewriteTag(String tag) {
        Matcher style = STYLE.matcher(tag);
        style.find();
        String declarations = normalise(style.group(1) != null ? style.group(1) : style.group(2));
        String without = tag.substring(0, style.start()) + tag.substring(style.end());
        if (declarations.isEmpty()) {
            return without;
        }
        String name = classes.computeIfAbsent(declarations, MarkupStyles::className);
        Matcher existing = CLASS.matcher(without);
        if (existing.find()) {
            String list = existing.group(2) != null ? existing.group(2) : existing.group(3);
            return without.substring(0, existing.start()) + existing.group(1) + "\"" + (list.strip() + " " + name).strip()
                    + "\"" + without.substring(existing.end());
        }
        int end = without.endsWith("/>") ? without.length() - 2 : without.length() - 1;
        return without.substring(0, end) + " class=\"" + name + "\"" + without.substring(end);
    }

    /**
     * Declarations as {@code name:value;} each, whitespace trimmed, entity-escaped quotes restored; empty ones
     * dropped. Values in these attributes hold no semicolons of their own (KaTeX writes lengths and colours).
     */
    static String normalise(String attribute) {
        StringBuilder sb = new StringBuilder();
        for (String declaration : attribute.replace("&quot;", "\"").replace("&#39;", "'").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && !declaration.substring(colon + 1).isBlank()) {
                sb.append(declaration.substring(0, colon).strip()).append(':')
                        .append(declaration.substring(colon + 1).strip()).append(';');
            }
        }
        return sb.toString();
    }

    private static String className(String declarations) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(declarations.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The style sheet: one rule a class, its declarations important (see the class comment). */
    String stylesheet() {
        StringBuilder css = new StringBuilder("/* Generated by the site build from inline style attributes (KaTeX's"
                + " layout), which the Content-Security-Policy would block. */\n");
        classes.forEach((declarations, name) -> {
            css.append('.').append(name).append('{');
            for (String d : declarations.split(";")) {
                css.append(d).append("!important;");
            }
            css.setLength(css.length() - 1);
            css.append("}\n");
        });
        return css.toString();
    }

    /** Writes {@link #stylesheet()} to {@link #STYLESHEET} under the site folder. */
    void write(Path site) throws IOException {
        Path file = site.resolve(STYLESHEET);
        Files.createDirectories(file.getParent());
        Files.writeString(file, stylesheet(), StandardCharsets.UTF_8);
    }
}
