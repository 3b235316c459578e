package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note embeds a calculator with a line of its own, {@code {{< calculator NAME >}}} (Hugo's shortcode form).
 * The markup of the calculator's form lives once, in {@code templates/calculators/NAME.html}; its script is
 * {@code js/NAME.js}, which the page's loader finds through the {@code data-calculator} attribute.
 */
public final class Embeds {
    /** The directive as a Markdown source line. */
    static final Pattern SOURCE = Pattern.compile("^\\s*\\{\\{<\\s*calculator\\s+([A-Za-z0-9-]*)\\s*>}}\\s*$");
    /** The same directive after flexmark rendered it as a paragraph (with its angle brackets escaped). */
    private static final Pattern RENDERED =
            Pattern.compile("<p>\\{\\{&lt;\\s*calculator\\s+([A-Za-z0-9-]+)\\s*&gt;}}</p>");

    private final Path calculatorsDir;

    public Embeds(Path templatesDir) {
        this.calculatorsDir = templatesDir.resolve("calculators");
    }

    public Path markupOf(String name) {
        return calculatorsDir.resolve(name + ".html");
    }

    String expand(String html) {
        Matcher m = RENDERED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(read(markupOf(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // NoteChecker reports a missing calculator with its file and line before baking starts.
            throw new UncheckedIOException("calculator markup missing: " + file, e);
        }
    }
}
