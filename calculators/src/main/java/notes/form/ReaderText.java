package notes.form;

/**
 * Text as a Taiwanese reader types it, made plain before parsing: full-width digits and punctuation ("１２３．５",
 * "，", "％", "－", the ideographic space) become their ASCII forms and the Unicode minus sign a hyphen-minus.
 */
public final class ReaderText {
    private ReaderText() {
    }

    /** The text with full-width forms folded (Unicode's FF01–FF5E block maps to 0021–007E by a fixed offset). */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else if (c == '\u2212') {
                sb.append('-');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    /**
     * Reads a number the way the site prints one: optional sign, digits with optional thousands commas, optional
     * fraction, and for a field whose unit is "%" an optional trailing "%".
     *
     * @return the value, or null with {@code problem[0]} set to the reason
     */
    public static Double number(String typed, boolean percentUnit, FieldProblem[] problem) {
        String s = fold(typed);
        if (s.endsWith("%")) {
            if (!percentUnit) {
                problem[0] = FieldProblem.PERCENT_NOT_THIS_UNIT;
                return null;
            }
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.indexOf(',') >= 0) {
            if (!groupedCorrectly(s)) {
                problem[0] = FieldProblem.MISPLACED_COMMA;
                return null;
            }
            s = s.replace(",", "");
        }
        Double value = Decimals.parseOrNull(s);
        if (value == null && isLongDecimal(s)) {
            // More digits than Decimals reads exactly: still a number, so the range check speaks, not "not a number".
            value = Double.parseDouble(s);
        }
        if (value == null) {
            problem[0] = looksLikeExponent(s) ? FieldProblem.EXPONENT : FieldProblem.NOT_A_NUMBER;
        }
        return value;
    }

    /** Commas only between groups of three digits in the whole part: "1,500,000.25" but not "1,5" or "15,00". */
    private static boolean groupedCorrectly(String s) {
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int dot = s.indexOf('.');
        String whole = s.substring(start, dot < 0 ? s.length() : dot);
        if (dot >= 0 && s.indexOf(',', dot) >= 0) {
            return false;
        }
        int first = whole.indexOf(',');
        if (first < 1 || first > 3) {
            return false;
        }
        for (int i = first; i < whole.length(); i += 4) {
            if (whole.charAt(i) != ',' || i + 4 > whole.length() || whole.substring(i + 1, i + 4).indexOf(',') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLongDecimal(String s) {
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        boolean point = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return s.length() - start > (point ? 1 : 0);
    }

    private static boolean looksLikeExponent(String s) {
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        return e > 0 && Decimals.parseOrNull(s.substring(0, e)) != null
                && Decimals.parseOrNull(s.substring(e + 1)) != null;
    }
}
