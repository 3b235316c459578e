package notes.form;

/**
 * Large counts and byte sizes for people: "671.03 B", "1.00 GiB", "3.15 × 10²³". Past the largest suffix (1,000 T
 * for a count, 1,024 PiB for bytes) a figure is printed in scientific form, as {@link Decimals#fixed} prints any
 * figure of 10^12 or more: a suffix is only worth reading while the number before it has a few digits.
 */
public final class Units {
    private Units() {
    }

    /**
     * A parameter or token count with an English short-scale suffix (K, M, B, T), as model cards write them; from
     * 1,000 T (10^15) on in scientific form: 1.5e20 -> "1.50 × 10²⁰", not "150,000,000.00 T".
     */
    public static String count(double n) {
        double abs = Math.abs(n);
        if (abs >= 999.995e12) {
            return scientific(n);
        }
        if (abs >= 1e12) {
            return Decimals.fixed(n / 1e12, 2) + " T";
        }
        if (abs >= 1e9) {
            return Decimals.fixed(n / 1e9, 2) + " B";
        }
        if (abs >= 1e6) {
            return Decimals.fixed(n / 1e6, 2) + " M";
        }
        if (abs >= 1e3) {
            return Decimals.fixed(n / 1e3, 2) + " K";
        }
        return Decimals.plain(n);
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
