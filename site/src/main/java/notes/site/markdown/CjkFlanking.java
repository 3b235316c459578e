package notes.site.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Whether a delimiter run of {@code *} or {@code _} can open or close emphasis under the CJK-friendly amendment
 * (specification.md, section 6.2, of https://github.com/tats-u/markdown-cjk-friendly). The steps follow the
 * reference implementation, markdown-it-cjk-friendly 3.0.0's {@code scanDelims}, whose output the shared test cases
 * record: a run next to a CJK character may flank punctuation, CJK punctuation no longer blocks a run, and a
 * variation selector after a character is looked through. The rules for {@code _} are CommonMark's, with the
 * character before a variation selector standing for it.
 *
 * @param canOpen  the run can open emphasis
 * @param canClose the run can close emphasis
 */
record CjkFlanking(boolean canOpen, boolean canClose) {
    /** The line's start or end counts as whitespace. */
    private static final int SPACE = ' ';

    /**
     * @param input    the paragraph's text
     * @param start    where the run starts
     * @param end      where it ends (exclusive)
     * @param asterisk {@code *} (may be intraword) rather than {@code _}
     */
    static CjkFlanking of(BasedSequence input, int start, int end, boolean asterisk) {
        int last = before(input, start);
        int lastStart = start - Character.charCount(last);
        int lastMain = last;
        int twoBefore = -1;
        if (CjkCharacters.isGeneralUseVariationSelector(last)) {
            twoBefore = before(input, lastStart);
            if (Character.getType(twoBefore) != Character.SPACE_SEPARATOR) {
                lastMain = twoBefore;
            }
        }
        int next = end < input.length() ? Character.codePointAt(input, end) : SPACE;
        boolean lastSpace = CjkCharacters.isWhitespace(lastMain);
        boolean nextSpace = CjkCharacters.isWhitespace(next);
        if (lastSpace || nextSpace) {
            return new CjkFlanking(!nextSpace, !lastSpace);
        }
        boolean lastPunct = CjkCharacters.isPunctuation(lastMain);
        boolean nextPunct = CjkCharacters.isPunctuation(next);
        if (!asterisk) {
            return new CjkFlanking(lastPunct, nextPunct);
        }
        boolean cjk = CjkCharacters.isCjk(next) || (twoBefore >= 0 ? previousCjk(twoBefore, last) : previousCjk(last));
        return new CjkFlanking(lastPunct || cjk || !nextPunct, nextPunct || cjk || !lastPunct);
    }

    /** The code point before {@code index}, or a space at the start. */
    private static int before(BasedSequence input, int index) {
        return index <= 0 ? SPACE : Character.codePointBefore(input, index);
    }

    /** The character before the run is CJK, or an ideographic variation selector (which follows a CJK one). */
    private static boolean previousCjk(int codePoint) {
        return CjkCharacters.isCjk(codePoint) || CjkCharacters.isIdeographicVariationSelector(codePoint);
    }

    /** A CJK character followed by a variation selector, or a quotation mark made full-width by U+FE01. */
    private static boolean previousCjk(int codePoint, int selector) {
        return CjkCharacters.isCjk(codePoint) || selector == 0xFE01 && CjkCharacters.isFullWidthWithVs1(codePoint);
    }
}
