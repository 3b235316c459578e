package notes.site.markdown;

/**
 * The character classes of the CJK-friendly emphasis amendment
 * (https://github.com/tats-u/markdown-cjk-friendly/blob/main/specification.md, section 2.1). The ranges are the
 * amendment's own list of CJK characters for Unicode 17 ({@code ranges.md} of that repository, MIT licence): East Asian
 * Width W, F or H and not an emoji by default, or Hangul. Java's character database has no East Asian Width, and the
 * amendment's authors publish the ranges for implementers to copy.
 */
final class CjkCharacters {
    /** Inclusive code point ranges, sorted: first, last, first, last, ... */
    private static final int[] CJK = {
            0x1100, 0x11FF, 0x20A9, 0x20A9, 0x2329, 0x232A, 0x2630, 0x2637,
            0x268A, 0x268F, 0x2E80, 0x2E99, 0x2E9B, 0x2EF3, 0x2F00, 0x2FD5,
            0x2FF0, 0x303E, 0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F,
            0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E, 0x3220, 0x3247,
            0x3250, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3,
            0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFAFF, 0xFE10, 0xFE19,
            0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFFBE,
            0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF, 0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC,
            0xFFE0, 0xFFE6, 0xFFE8, 0xFFEE, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF6,
            0x17000, 0x18CD5, 0x18CFF, 0x18D1E, 0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3,
            0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132,
            0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB,
            0x1D300, 0x1D356, 0x1D360, 0x1D376, 0x1F200, 0x1F200, 0x1F202, 0x1F202,
            0x1F210, 0x1F219, 0x1F21B, 0x1F22E, 0x1F230, 0x1F231, 0x1F237, 0x1F237,
            0x1F23B, 0x1F23B, 0x1F240, 0x1F248, 0x1F260, 0x1F265, 0x20000, 0x3FFFD,
    };

    private CjkCharacters() {
    }

    /** A CJK character (East Asian Width W, F or H and no default emoji presentation, or Hangul). */
    static boolean isCjk(int codePoint) {
        int low = 0;
        int high = CJK.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < CJK[2 * mid]) {
                high = mid - 1;
            } else if (codePoint > CJK[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** An Ideographic Variation Selector (U+E0100..U+E01EF): after one, the character before counts as CJK. */
    static boolean isIdeographicVariationSelector(int codePoint) {
        return codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    /** A Non-emoji General-use Variation Selector, U+FE00..U+FE0E (U+FE0F asks for emoji presentation). */
    static boolean isGeneralUseVariationSelector(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0E;
    }

    /**
     * The first character of a CJK ambiguous punctuation sequence: a quotation mark that U+FE01 turns into its
     * full-width form (StandardizedVariants.txt, "fullwidth form").
     */
    static boolean isFullWidthWithVs1(int codePoint) {
        return codePoint == 0x2018 || codePoint == 0x2019 || codePoint == 0x201C || codePoint == 0x201D;
    }

    /** CommonMark 0.31's Unicode whitespace: Zs, tab, line feed, form feed, carriage return. */
    static boolean isWhitespace(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\f' || codePoint == '\r'
                || Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    }

    /** CommonMark 0.31's Unicode punctuation: general category P (punctuation) or S (symbol). */
    static boolean isPunctuation(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
