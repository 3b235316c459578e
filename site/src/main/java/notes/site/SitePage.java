package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the build's last steps need to know of one written page: its ids, its links, the calculators it embeds and
 * (for a note) its search entry. Each page is parsed once, for the link check and the search index together; parsing is the costly part
 * (at 1,000 notes it was a fifth of a rebuild when each step parsed the pages itself).
 */
record SitePage(Path file, Set<String> ids, List<String> links, List<String> calculators,
        SearchIndex.Entry searchEntry) {

    /** Every HTML page under the site, parsed on all cores, in path order. */
    static List<SitePage> readAll(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
            return Parallel.map(pages, page -> read(site, page));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The same page at another place (a staged page, once moved into the site). */
    SitePage movedTo(Path place) {
        return new SitePage(place, ids, links, calculators, searchEntry);
    }

    static SitePage read(Path site, Path file) {
        try {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                ids.add(e.id());
            }
            List<String> links = doc.select("a[href], link[href], script[src], img[src]").stream()
                    .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).collect(Collectors.toList());
            List<String> calculators = doc.select("[data-calculator]").eachAttr("data-calculator");
            return new SitePage(file, ids, links, calculators, SearchIndex.entry(site, file, doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
