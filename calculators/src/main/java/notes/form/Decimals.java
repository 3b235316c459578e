package notes.form;

/**
 * Reading and writing decimal numbers for people: strict parsing (no "1e5", "NaN" or "12abc" that
 * {@code Double.parseDouble} would take) and fixed-point formatting with thousands separators. TeaVM's
 * {@code String.format} lacks most of this, and formatting must be identical on the JVM and in the page.
 */
public final class Decimals {
    private Decimals() {
    }

    /** Parses [sign] digits [. digits], or returns null. Commas, spaces, letters and exponents are rejected. */
    public static Double parseOrNull(String text) {
        String s = text.trim();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > 30) {
            return null;
        }
        return Double.parseDouble(s);
    }

    /** {@code value} rounded to {@code decimals} places, with thousands separators: 1234.5 -> "1,234.50". */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(Math.abs(value) * scale) / scale;
        if (rounded >= 1e15) {
            return (value < 0 ? "-" : "") + Double.toString(rounded);
        }
        long whole = (long) Math.floor(rounded);
        long fraction = Math.round((rounded - whole) * scale);
        if (fraction >= (long) scale) {
            whole++;
            fraction = 0;
        }
        StringBuilder sb = new StringBuilder(group(whole));
        if (decimals > 0) {
            String f = Long.toString(fraction);
            sb.append('.');
            for (int i = f.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        boolean negative = value < 0 && (whole != 0 || fraction != 0);
        return negative ? "-" + sb : sb.toString();
    }

    /** A decimal fraction as a percentage: 0.065 -> "6.50 %". */
    public static String percent(double fraction, int decimals) {
        return fixed(fraction * 100, decimals) + " %";
    }

    /** Shortest text that reads back as the same double, whole numbers without ".0": 100.0 -> "100", 0.5 -> "0.5". */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String group(long whole) {
        String digits = Long.toString(whole);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }
}
