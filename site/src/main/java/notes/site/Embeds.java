package notes.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import notes.form.Calculator;
import notes.form.Registry;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * A note embeds a calculator with a line of its own, {@code {{< calculator NAME >}}} (Hugo's shortcode form), where
 * NAME is a calculator in {@link Registry}. Its form is generated from its declaration by
 * {@code templates/calculators/_form.html} (one fragment per field and result kind in {@code _parts.html}); a
 * template {@code templates/calculators/NAME.html}, when present, is a layout override for that calculator only.
 * Forms are rendered once per build, with the results of the initial values ({@link CalculatorForm#of(Calculator)});
 * the page's loader mounts every {@code data-calculator} element with the one shared script,
 * {@code immutable/calculators.HASH.js} ({@link HashedAssets}).
 */
public final class Embeds {
    /** The directive as a Markdown source line. */
    static final Pattern SOURCE = Pattern.compile("^\\s*\\{\\{<\\s*calculator\\s+([A-Za-z0-9-]*)\\s*>}}\\s*$");
    private final Path templatesDir;
    private final TemplateEngine thymeleaf = new TemplateEngine();
    private final Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The optional layout override of calculator {@code name}. */
    public Path markupOf(String name) {
        return templatesDir.resolve("calculators").resolve(name + ".html");
    }

    /**
     * Renders a calculator's form ahead of the bake; returns a problem ({@code file:line: message}) or null. The
     * bake itself only reads what this rendered, so a broken template is reported here, with its position.
     */
    synchronized String prepare(String name) {
        if (rendered.containsKey(name)) {
            return null;
        }
        Calculator calculator = Registry.byName(name);
        if (calculator == null) {
            return "unknown calculator '" + name + "'; the registered ones are " + String.join(", ",
                    Registry.all().keySet());
        }
        Context context = new Context();
        context.setVariable("form", CalculatorForm.of(calculator));
        try {
            rendered.put(name, Files.isRegularFile(markupOf(name))
                    ? thymeleaf.process("calculators/" + name, context)
                    : thymeleaf.process("calculators/_form", Set.of("form"), context));
            return null;
        } catch (TemplateProcessingException e) {
            // Template names are resolver names ("calculators/bond"); fragments may fail inside "_parts".
            String file = e.getTemplateName() != null ? e.getTemplateName() : "calculators/" + name;
            return "templates/" + file + (file.endsWith(".html") ? "" : ".html") + ":" + e.getLine() + ": "
                    + e.getMessage();
        }
    }

    /** The form prepared for calculator {@code name}, or null when it was not prepared. */
    String markup(String name) {
        return rendered.get(name);
    }
}
