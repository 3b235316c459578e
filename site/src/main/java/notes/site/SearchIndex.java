package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import notes.base.JsonText;

/**
 * The search index, written when the site is built: for each note its title, address and sections (heading, anchor
 * and plain text), as {@code search.json}. The page's searcher (js/search.js) matches text directly, which works
 * for Chinese (no spaces between words) as well as English, without any service.
 */
final class SearchIndex {
    private SearchIndex() {
    }

    /** Writes search.json from the pages' entries (the notes'), in the pages' order. */
    static void write(Path site, List<SitePage> pages) throws IOException {
        String entries = pages.stream().map(SitePage::searchEntry).filter(Objects::nonNull)
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        Files.writeString(site.resolve("search.json"), entries, StandardCharsets.UTF_8);
    }

    /** The index entry of a page, or null when it is not a note (only notes/ pages with a note body are indexed). */
    static String entry(Path site, Path page, Document doc) {
        String url = site.relativize(page).toString().replace('\\', '/');
        Element body = doc.selectFirst(".note-body");
        if (!url.startsWith("notes/") || body == null) {
            return null;
        }
        return "{\"url\":" + JsonText.quote(url) + ",\"title\":" + JsonText.quote(doc.selectFirst("h1").text())
                + ",\"sections\":[" + sections(body) + "]}";
    }

    /** Text under each h2/h3, without the forms and tables of calculators, TOC or formulas' MathML duplicates. */
    private static String sections(Element body) {
        Element copy = body.clone();
        copy.select(".calculator, .toc, .katex-mathml, .heading-anchor, .footnotes, .copy-code, .copy-status").remove();
        StringBuilder out = new StringBuilder();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        for (Element child : copy.children()) {
            if (child.tagName().matches("h[23]")) {
                append(out, heading, anchor, text);
                heading = child.text();
                anchor = child.id();
                text.setLength(0);
            } else {
                text.append(child.text()).append(' ');
            }
        }
        append(out, heading, anchor, text);
        return out.toString();
    }

    private static void append(StringBuilder out, String heading, String anchor, StringBuilder text) {
        if (heading.isEmpty() && text.toString().isBlank()) {
            return;
        }
        out.append(out.length() == 0 ? "" : ",").append("{\"heading\":").append(JsonText.quote(heading))
                .append(",\"anchor\":").append(JsonText.quote(anchor)).append(",\"text\":")
                .append(JsonText.quote(text.toString().trim())).append('}');
    }
}
