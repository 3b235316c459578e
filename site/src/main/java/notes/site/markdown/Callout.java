package notes.site.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A callout in GitHub's alert syntax: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (GitHub Docs, "Basic writing and formatting
 * syntax", Alerts). The quote's other content becomes the callout's body, under its zh-Hant label.
 */
public final class Callout extends Block {
    /** GitHub's five kinds, each with the label a reader sees, in the order GitHub documents them. */
    public static final Map<String, String> LABELS = labels();
    /** A first line that asks for a callout: {@code [!WORD]} alone (any word, so a misspelt kind can be reported). */
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)\\][ \\t]*(?:\\r?\\n|$)");

    private final String kind;

    private static Map<String, String> labels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("note", "注意");
        labels.put("tip", "提示");
        labels.put("important", "重要");
        labels.put("warning", "警告");
        labels.put("caution", "小心");
        return java.util.Collections.unmodifiableMap(labels);
    }

    Callout(BasedSequence chars, String kind) {
        super(chars);
        this.kind = kind;
    }

    /** One of the keys of {@link #LABELS}. */
    public String kind() {
        return kind;
    }

    /** The label shown above the body. */
    public String label() {
        return LABELS.get(kind);
    }

    /**
     * The word of a quote's {@code [!WORD]} first line as written, or null when the quote is a plain quote. A word
     * that is not one of {@link #LABELS} is left a quote by the parser and reported by the note check.
     */
    public static String marker(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (!(first instanceof Paragraph)) {
            return null;
        }
        Matcher m = MARKER.matcher(first.getChars());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** Whether {@code word} names one of GitHub's kinds (case-insensitively, as GitHub reads it). */
    public static boolean known(String word) {
        return LABELS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The length of the marker line at the start of the quote's first paragraph, its line break included. */
    static int markerLength(Paragraph first) {
        Matcher m = MARKER.matcher(first.getChars());
        return m.lookingAt() ? m.end() : 0;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
