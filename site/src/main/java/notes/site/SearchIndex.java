package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import notes.form.JsonText;

/**
 * The search index, written when the site is built: for each note its title, address and sections (heading, anchor
 * and plain text), as {@code search.json}. The page's searcher (js/search.js) matches text directly, which works
 * for Chinese (no spaces between words) as well as English, without any service.
 */
final class SearchIndex {
    private SearchIndex() {
    }

    static void write(Path site) throws IOException {
        StringBuilder json = new StringBuilder("[");
        try (Stream<Path> pages = Files.walk(site.resolve("notes"))) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".html")).sorted()::iterator) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                Element body = doc.selectFirst(".note-body");
                if (body == null) {
                    continue;
                }
                json.append(json.length() == 1 ? "" : ",").append("\n{\"url\":")
                        .append(JsonText.quote(site.relativize(page).toString().replace('\\', '/')))
                        .append(",\"title\":").append(JsonText.quote(doc.selectFirst("h1").text()))
                        .append(",\"sections\":[").append(sections(body)).append("]}");
            }
        }
        Files.writeString(site.resolve("search.json"), json.append("\n]\n"), StandardCharsets.UTF_8);
    }

    /** Text under each h2/h3, without the forms and tables of calculators, TOC or formulas' MathML duplicates. */
    private static String sections(Element body) {
        Element copy = body.clone();
        copy.select(".calculator, .toc, .katex-mathml, .heading-anchor, .footnotes").remove();
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
