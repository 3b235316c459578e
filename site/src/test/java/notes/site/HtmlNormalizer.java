package notes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML normalised for comparison the way the CommonMark spec's runner does it (commonmark-spec
 * {@code test/normalize.py}), as {@code ../shared/oracles/markdown-cjk/README.md} asks: runs of ASCII whitespace
 * outside {@code <pre>} become one space (U+3000 and no-break spaces are kept), whitespace next to block-level tags is
 * dropped, tag and attribute names are lower-cased, attributes sorted and double-quoted, character references decoded
 * and only {@code < > & "} escaped again.
 */
final class HtmlNormalizer {
    /** normalize.py's block_tags. */
    private static final Set<String> BLOCK = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr",
            "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed",
            "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![A-Za-z][^>]*>|<\\?.*?\\?>"
            + "|</([A-Za-z][A-Za-z0-9-]*)\\s*>"
            + "|<([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern ASCII_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final StringBuilder out = new StringBuilder();
    private String last = "none";
    private String lastTag = "";
    private boolean inPre;

    private HtmlNormalizer() {
    }

    static String normalize(String html) {
        HtmlNormalizer n = new HtmlNormalizer();
        Matcher token = TOKEN.matcher(html);
        int at = 0;
        while (token.find()) {
            n.data(html.substring(at, token.start()));
            if (token.group(1) != null) {
                n.endTag(token.group(1).toLowerCase(Locale.ROOT));
            } else if (token.group(2) != null) {
                n.startTag(token.group(2).toLowerCase(Locale.ROOT), token.group(3));
            } else {
                n.out.append(token.group());
                n.last = "other";
            }
            at = token.end();
        }
        n.data(html.substring(at));
        return n.out.toString().strip();
    }

    private void data(String raw) {
        if (raw.isEmpty()) {
            return;
        }
        String data = org.jsoup.parser.Parser.unescapeEntities(raw, false);
        boolean afterTag = last.equals("starttag") || last.equals("endtag");
        if (afterTag && lastTag.equals("br")) {
            data = data.replaceFirst("^\\n+", "");
        }
        if (!inPre) {
            data = ASCII_SPACE.matcher(data).replaceAll(" ");
            if (afterTag && BLOCK.contains(lastTag)) {
                data = last.equals("starttag") ? stripAscii(data, true, false) : stripAscii(data, true, true);
            }
        }
        out.append(escape(data));
        last = "data";
    }

    private void startTag(String tag, String attributes) {
        if (tag.equals("pre")) {
            inPre = true;
        }
        if (BLOCK.contains(tag)) {
            trimOutput();
        }
        out.append('<').append(tag);
        List<String> sorted = new ArrayList<>();
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
            sorted.add(a.group(1).toLowerCase(Locale.ROOT) + (value == null ? ""
                    : "=\"" + escape(org.jsoup.parser.Parser.unescapeEntities(value, true)) + "\""));
        }
        sorted.sort(null);
        sorted.forEach(s -> out.append(' ').append(s));
        out.append('>');
        lastTag = tag;
        last = "starttag";
    }

    private void endTag(String tag) {
        if (tag.equals("pre")) {
            inPre = false;
        } else if (BLOCK.contains(tag)) {
            trimOutput();
        }
        out.append("</").append(tag).append('>');
        lastTag = tag;
        last = "endtag";
    }

    private void trimOutput() {
        out.setLength(stripAscii(out.toString(), false, true).length());
    }

    private static String stripAscii(String s, boolean leading, boolean trailing) {
        int start = 0;
        int end = s.length();
        while (leading && start < end && " \t\n\r\f".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (trailing && end > start && " \t\n\r\f".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
