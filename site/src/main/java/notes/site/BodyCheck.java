package notes.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import notes.site.markdown.Callout;
import notes.site.markdown.DisplayMath;
import notes.site.markdown.Embed;
import notes.site.markdown.InlineMath;

/**
 * Checks a note's body as flexmark parsed it, so the check sees exactly what the page will show: every formula must
 * render in KaTeX, every calculator directive must name a calculator whose form renders, every image needs alt text
 * (errors), a calculator appears once per page (an error), and a line whose text outside code and math has an odd
 * number of {@code $} other than prices ({@code $100}) is probably a formula gone wrong (a warning).
 */
final class BodyCheck {
    private final String where;
    private final int firstLine;
    private final Embeds embeds;
    private final List<String> problems;
    private final List<String> warnings;
    /** Each calculator embedded so far, with its line. */
    private final Map<String, Integer> embedded = new HashMap<>();

    /**
     * @param where     the note's path, for messages
     * @param firstLine the file's line number of the body's first line
     */
    BodyCheck(String where, int firstLine, Embeds embeds, List<String> problems, List<String> warnings) {
        this.where = where;
        this.firstLine = firstLine;
        this.embeds = embeds;
        this.problems = problems;
        this.warnings = warnings;
    }

    void check(Document body) {
        Map<Integer, Integer> dollars = new TreeMap<>();
        for (Node node : body.getDescendants()) {
            if (node instanceof InlineMath math) {
                render(math, math.tex(), math.display());
            } else if (node instanceof DisplayMath math) {
                if (math.problem() != null) {
                    problems.add(at(math) + math.problem());
                } else {
                    render(math, math.tex(), true);
                }
            } else if (node instanceof Embed embed) {
                embed(embed);
            } else if (node instanceof Image image) {
                image(image);
            } else if (node instanceof BlockQuote quote) {
                callout(quote);
            } else if (node instanceof Text text && isProse(text)) {
                countDollars(body, text.getChars(), dollars);
            }
        }
        dollars.forEach((line, count) -> {
            if (count % 2 == 1) {
                warnings.add(where + ":" + (firstLine + line) + ": an odd number of $ outside math; a formula is"
                        + " $...$ with no space inside its delimiters, a dollar sign is \\$");
            }
        });
    }

    /** Where image addresses are looked up, and the site path of the note's page they are relative to. */
    BodyCheck images(ImageFiles files, String notePage) {
        this.imageFiles = files;
        this.page = notePage;
        return this;
    }

    private ImageFiles imageFiles;
    private String page;

    /** An image needs alt text and a file of the site whose size can be read (for its box before it loads). */
    private void image(Image image) {
        if (image.getText().isBlank()) {
            problems.add(at(image) + "an image needs a text alternative for readers who cannot see it"
                    + " (WCAG 1.1.1): ![what it shows](" + image.getUrl() + ")");
        }
        if (imageFiles == null) {
            return;
        }
        try {
            imageFiles.read(page, image.getUrl().unescape());
        } catch (IllegalArgumentException bad) {
            problems.add(at(image) + bad.getMessage());
        }
    }

    /** A {@code [!WORD]} quote whose word is none of GitHub's five kinds is a typo, not a quote to print as written. */
    private void callout(BlockQuote quote) {
        String word = Callout.marker(quote);
        if (word != null && !Callout.known(word)) {
            StringBuilder kinds = new StringBuilder();
            Callout.LABELS.forEach((kind, label) -> kinds.append(kinds.length() == 0 ? "" : ", ").append("[!")
                    .append(kind.toUpperCase(java.util.Locale.ROOT)).append("] ").append(label));
            problems.add(at(quote) + "unknown callout [!" + word + "]; the kinds are " + kinds);
        }
    }

    private void render(Node node, String tex, boolean display) {
        try {
            MathRenderer.get().render(tex, display);
        } catch (IllegalArgumentException bad) {
            problems.add(at(node) + bad.getMessage());
        }
    }

    private void embed(Embed embed) {
        if (embed.name() == null) {
            problems.add(at(embed) + "malformed directive, expected {{< calculator NAME >}} on a line of its own: "
                    + embed.directive());
            return;
        }
        Integer earlier = embedded.putIfAbsent(embed.name(), firstLine + embed.getStartLineNumber());
        if (earlier != null) {
            // Two copies would share element ids, radio groups and the address bar's keys: the second would not work.
            problems.add(at(embed) + "calculator " + embed.name() + " is already on this page (line " + earlier
                    + "); a page shows each calculator once, link to it instead");
            return;
        }
        String broken = embeds.prepare(embed.name());
        if (broken != null && broken.startsWith("unknown calculator")) {
            problems.add(at(embed) + broken);
        } else if (broken != null) {
            problems.add(broken + " (embedded at " + where + ":" + (firstLine + embed.getStartLineNumber()) + ")");
        }
    }

    /** Text a reader sees as prose: not code, not an autolink's address. */
    private static boolean isProse(Text text) {
        return text.getAncestorOfType(Code.class, CodeBlock.class, FencedCodeBlock.class, IndentedCodeBlock.class,
                AutoLink.class, MailLink.class) == null;
    }

    /** Adds the unescaped dollars of {@code chars} to their lines' counts (a backslash escapes the next character). */
    private static void countDollars(Document body, BasedSequence chars, Map<Integer, Integer> dollars) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\\') {
                i++;
            } else if (chars.charAt(i) == '$' && !isPrice(chars, i)) {
                dollars.merge(body.getLineNumber(chars.getStartOffset() + i), 1, Integer::sum);
            }
        }
    }

    /**
     * A dollar sign right before a digit ({@code $100}, {@code US$2.5}) is money: it cannot close a formula (Pandoc's
     * rule wants no digit after a closing {@code $}), and a formula that starts with a digit is rare, so counting it
     * would warn on every price written the ordinary way.
     */
    private static boolean isPrice(BasedSequence chars, int dollar) {
        return dollar + 1 < chars.length() && Character.isDigit(chars.charAt(dollar + 1));
    }

    private String at(Node node) {
        return where + ":" + (firstLine + node.getStartLineNumber()) + ": ";
    }
}
