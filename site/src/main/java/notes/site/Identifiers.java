package notes.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps hyphenated identifiers and numbers of a note's prose on one line: browsers may break a line after any
 * hyphen, which splits {@code 2008-05-15} or {@code DeepSeek-V3} into two lines on a phone. Such a token is wrapped in
 * {@code <span class="nowrap">}. Hyphenated words made of letters only ({@code Mixture-of-Experts}) are ordinary
 * compounds and may still break at their hyphens.
 */
final class Identifiers {
    /** Letters, digits, dots and underscores, joined by hyphens. */
    private static final Pattern HYPHENATED = Pattern.compile("[A-Za-z0-9_.]*[A-Za-z0-9](?:-[A-Za-z0-9_.]*[A-Za-z0-9])+");
    /**
     * Start tags of elements whose text is never touched: code keeps its own layout; scripts are not text; KaTeX's
     * formulas and the calculators' forms are laid out by their own markup.
     */
    private static final Pattern SKIPPED = Pattern.compile(
            "<(code|pre|script|style|textarea)\\b[^>]*>|<(span|section)\\b[^>]*(?:class=\"(?:katex|math-scroll)|data-calculator)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Identifiers() {
    }

    /** The HTML with every hyphenated identifier or number of its text (not of tags, code or scripts) wrapped. */
    static String keepWhole(String html) {
        if (html.indexOf('-') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        String skipped = null;
        int depth = 0;
        while (tag.find()) {
            String text = html.substring(at, tag.start());
            out.append(skipped == null ? wrap(text) : text).append(tag.group());
            at = tag.end();
            String lower = tag.group().toLowerCase(java.util.Locale.ROOT);
            if (skipped == null) {
                Matcher start = SKIPPED.matcher(tag.group());
                if (start.matches()) {
                    skipped = start.group(1) != null ? start.group(1).toLowerCase(java.util.Locale.ROOT)
                            : start.group(2).toLowerCase(java.util.Locale.ROOT);
                    depth = 1;
                }
            } else if (startsElement(lower, skipped)) {
                depth++;
            } else if (lower.startsWith("</" + skipped) && --depth == 0) {
                skipped = null;
            }
        }
        String rest = html.substring(at);
        return out.append(skipped == null ? wrap(rest) : rest).toString();
    }

    /** The tag (lower case) opens an element of this name: {@code <span class=x>} opens a span, {@code <spanx>} not. */
    private static boolean startsElement(String tag, String name) {
        int after = name.length() + 1;
        return tag.startsWith(name, 1) && tag.charAt(0) == '<' && tag.length() > after
                && !Character.isLetterOrDigit(tag.charAt(after)) && tag.charAt(after) != '_';
    }

    private static String wrap(String text) {
        if (text.indexOf('-') < 0) {
            return text; // nothing to wrap: most text between tags
        }
        Matcher token = HYPHENATED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (token.find()) {
            String replacement = isCompoundWord(token.group()) ? token.group()
                    : "<span class=\"nowrap\">" + token.group() + "</span>";
            token.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return token.appendTail(out).toString();
    }

    /** Every part between hyphens is letters only: an English compound, free to break like any word. */
    static boolean isCompoundWord(String token) {
        for (String part : token.split("-")) {
            if (!part.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                return false;
            }
        }
        return true;
    }
}
