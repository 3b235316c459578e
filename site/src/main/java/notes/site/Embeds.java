package notes.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * A note embeds a calculator with a line of its own, {@code {{< calculator NAME >}}} (Hugo's shortcode form).
 * The calculator's form is the Thymeleaf template {@code templates/calculators/NAME.html}, built from the shared
 * fragments in {@code _parts.html} and rendered once per build; its script is {@code js/NAME.js}, which the page's
 * loader finds through the {@code data-calculator} attribute.
 */
public final class Embeds {
    /** The directive as a Markdown source line. */
    static final Pattern SOURCE = Pattern.compile("^\\s*\\{\\{<\\s*calculator\\s+([A-Za-z0-9-]*)\\s*>}}\\s*$");
    /** The same directive after flexmark rendered it as a paragraph (with its angle brackets escaped). */
    private static final Pattern RENDERED =
            Pattern.compile("<p>\\{\\{&lt;\\s*calculator\\s+([A-Za-z0-9-]+)\\s*&gt;}}</p>");

    private final Path templatesDir;
    private final TemplateEngine thymeleaf = new TemplateEngine();
    private final Map<String, String> rendered = new HashMap<>();

    public Embeds(Path templatesDir) {
        this.templatesDir = templatesDir;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templatesDir.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
    }

    public Path markupOf(String name) {
        return templatesDir.resolve("calculators").resolve(name + ".html");
    }

    /**
     * Renders a calculator's form ahead of the bake; returns a problem ({@code file:line: message}) or null. The
     * bake itself only reads what this rendered, so a broken template is reported here, with its position.
     */
    String prepare(String name) {
        if (rendered.containsKey(name)) {
            return null;
        }
        try {
            rendered.put(name, thymeleaf.process("calculators/" + name, new Context()));
            return null;
        } catch (TemplateProcessingException e) {
            // Template names are resolver names ("calculators/bond"); fragments may fail inside "_parts".
            String file = e.getTemplateName() != null ? e.getTemplateName() : "calculators/" + name;
            return "templates/" + file + (file.endsWith(".html") ? "" : ".html") + ":" + e.getLine() + ": "
                    + e.getMessage();
        }
    }

    String expand(String html) {
        Matcher m = RENDERED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String markup = rendered.get(m.group(1));
            if (markup == null) {
                throw new IllegalStateException("calculator '" + m.group(1) + "' was not prepared before the bake");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(markup));
        }
        m.appendTail(out);
        return out.toString();
    }
}
