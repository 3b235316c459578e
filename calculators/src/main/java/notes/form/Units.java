package notes.form;

/**
 * Large counts and byte sizes for people: "6,710.26 億", "1.00 GiB", "3.15 × 10²³". Past the largest unit (10,000 兆
 * for a count, 1,024 PiB for bytes) a figure is printed in scientific form, as {@link Decimals#fixed} prints any
 * figure of 10^12 or more: a unit is only worth reading while the number before it has a few digits.
 */
public final class Units {
    /** 萬, 億, 兆: each 10^4 times the one before (Ministry of Education dictionary; 兆 = 10^12 in Taiwan). */
    private static final double[] COUNT_SIZES = {1e12, 1e8, 1e4};
    private static final String[] COUNT_UNITS = {"兆", "億", "萬"};

    private Units() {
    }

    /**
     * A parameter or token count in Taiwan's large-number units 萬 (10^4), 億 (10^8) and 兆 (10^12), two decimals:
     * 671,026,419,200 -> "6,710.26 億", 4,194,304 -> "419.43 萬"; below 10^4 the digits themselves ("9,999";
     * "0.50" and "小於 0.01" for fractions, as {@link Decimals#fixedOrBelow} says). Not the model cards' K/M/B/T:
     * next to byte sizes a bare "B" reads as bytes. A unit never has more than four integer digits before it, so a
     * figure that rounds to 10,000.00 of a unit takes the next one (99,999,999.6 -> "1.00 億"), and from 10,000 兆
     * (10^16) on the count is scientific: 1.5e20 -> "1.50 × 10²⁰", not "15,000.00 兆".
     */
    public static String count(double n) {
        double abs = Math.abs(n);
        // 9,999.995 of a unit already rounds to 10,000.00 at two decimals.
        if (abs >= 9999.995 * COUNT_SIZES[0]) {
            return scientific(n);
        }
        for (int i = 0; i < COUNT_SIZES.length; i++) {
            double from = i == COUNT_SIZES.length - 1 ? COUNT_SIZES[i] : 9999.995 * COUNT_SIZES[i + 1];
            if (abs >= from) {
                return Decimals.fixed(n / COUNT_SIZES[i], 2) + " " + COUNT_UNITS[i];
            }
        }
        // Below 10^4 a count is usually whole; a fraction comes from a tiny typed figure (0.000001 billion tokens).
        return n == Math.rint(n) ? Decimals.fixed(n, 0) : Decimals.fixedOrBelow(n, 2);
    }

    /**
     * {@link #count} followed by what is counted, with the measure word written as Taiwan writes it: the unit and the
     * noun join ("7,400.00 億個 token"), a bare figure stands apart ("20 個 token", "2.00 × 10¹⁶ 個 token").
     *
     * @param noun what is counted, with its measure word: "個 token", "個參數"
     */
    public static String count(double n, String noun) {
        String figure = count(n);
        char last = figure.charAt(figure.length() - 1);
        boolean unit = last == '萬' || last == '億' || last == '兆';
        return figure + (unit ? "" : " ") + noun;
    }

    /**
     * Bytes in binary units (KiB = 1024 bytes ... PiB = 2^50 bytes); from 1,024 PiB (2^60 bytes) on in scientific
     * form with the unit B: 1e20 -> "1.00 × 10²⁰ B", not "88,817.84 PiB".
     */
    public static String bytes(double b) {
        if (Math.abs(b) >= 1023.995 * Math.pow(2, 50)) {
            return scientific(b) + " B";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        int u = 0;
        double v = b;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (u == 0 ? Decimals.plain(v) : Decimals.fixed(v, 2)) + " " + units[u];
    }

    /**
     * Scientific notation as it is printed, with a superscript exponent: "3.15 × 10²³", "-2.00 × 10⁻⁵" (never a
     * caret or Java's "3.15E23"). The superscript digits are plain text, so the value reads in a text output. This
     * is the one scientific form of the project: {@link Decimals#fixed} and {@link #count} switch to it for large
     * figures (see {@link Decimals#SCIENTIFIC_FROM}).
     */
    public static String scientific(double v) {
        if (v == 0) {
            return "0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        double mantissa = v / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) {
            mantissa /= 10;
            exponent++;
        }
        return Decimals.fixed(mantissa, 2) + " × 10" + superscript(exponent);
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static String superscript(int exponent) {
        String digits = Integer.toString(Math.abs(exponent));
        StringBuilder sb = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (int i = 0; i < digits.length(); i++) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(digits.charAt(i) - '0'));
        }
        return sb.toString();
    }
}
