package notes.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds TeX in a note's Markdown: {@code $$...$$} (display, may span lines) and {@code $...$} (inline, on one line),
 * skipping fenced code blocks, inline code and escaped dollars ({@code \$}). Each formula is replaced by a token
 * that Markdown leaves alone, so flexmark never sees TeX (whose underscores and backslashes it would take for
 * Markdown); the tokens become KaTeX's HTML after rendering.
 */
final class MathSpans {
    /** A formula: its TeX, whether it is display math, and the 1-based line where it starts. */
    record Formula(String tex, boolean display, int line) {
    }

    private final List<Formula> formulas = new ArrayList<>();
    /** Unclosed delimiters as "LINE: message"; the text around them is kept as it is. */
    private final List<String> problems = new ArrayList<>();
    private final String markdown;

    private MathSpans(String source, int firstLine) {
        this.markdown = extract(source, firstLine);
    }

    static MathSpans of(String source, int firstLine) {
        return new MathSpans(source, firstLine);
    }

    List<Formula> formulas() {
        return formulas;
    }

    List<String> problems() {
        return problems;
    }

    /** The Markdown with each formula replaced by {@link #token}. */
    String markdown() {
        return markdown;
    }

    static String token(int index) {
        return "KATEXFORMULA" + index + "X";
    }

    private String extract(String source, int firstLine) {
        StringBuilder out = new StringBuilder(source.length());
        String[] lines = source.split("\n", -1);
        boolean fenced = false;
        StringBuilder display = null;
        int displayLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (display == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fenced = !fenced;
            }
            if (fenced || trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                out.append(line).append(i < lines.length - 1 ? "\n" : "");
                continue;
            }
            if (display != null) {
                int end = line.indexOf("$$");
                if (end < 0) {
                    display.append(line).append('\n');
                    continue;
                }
                display.append(line, 0, end);
                out.append(add(display.toString(), true, displayLine)).append(line.substring(end + 2));
                display = null;
            } else if (trimmed.startsWith("$$") && trimmed.indexOf("$$", 2) < 0) {
                display = new StringBuilder(trimmed.substring(2)).append('\n');
                displayLine = firstLine + i;
                continue;
            } else {
                out.append(inline(line, firstLine + i));
            }
            out.append(i < lines.length - 1 ? "\n" : "");
        }
        if (display != null) {
            problems.add(displayLine + ": $$ is never closed");
        }
        return out.toString();
    }

    /** Replaces $$...$$ and $...$ on one line, leaving `code` and \$ alone. */
    private String inline(String line, int lineNumber) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int close = line.indexOf('`', i + 1);
                int end = close < 0 ? line.length() : close + 1;
                out.append(line, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
            } else if (c == '$') {
                boolean display = line.startsWith("$$", i);
                String delimiter = display ? "$$" : "$";
                int close = closing(line, i + delimiter.length(), delimiter);
                if (close < 0) {
                    problems.add(lineNumber + ": " + delimiter + " is never closed on this line");
                    out.append(line.substring(i));
                    break;
                }
                out.append(add(line.substring(i + delimiter.length(), close), display, lineNumber));
                i = close + delimiter.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closing(String line, int from, String delimiter) {
        for (int j = from; j < line.length(); j++) {
            if (line.charAt(j) == '\\') {
                j++;
            } else if (line.startsWith(delimiter, j)) {
                return j;
            }
        }
        return -1;
    }

    private String add(String tex, boolean display, int line) {
        formulas.add(new Formula(tex.trim(), display, line));
        return token(formulas.size() - 1);
    }
}
