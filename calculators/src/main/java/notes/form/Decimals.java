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

    /**
     * The magnitude from which a figure is printed in scientific form ({@link Units#scientific}) rather than in
     * plain digits: 10^12, one 兆. A 13-digit whole part ("1,234,567,890,123.4 天") is past what a reader takes in
     * at a glance, and with the few decimals the pages print every plain figure below it stays within the 15
     * significant digits a double holds (IEEE 754 binary64, C's {@code DBL_DIG}), so no printed digit is noise.
     * A count with a unit ({@link Units#count}) keeps the same bound on what is read: at most four digits before
     * 萬, 億 or 兆, so up to 9,999.99 兆 and scientific from there.
     */
    public static final double SCIENTIFIC_FROM = 1e12;

    /**
     * {@code value} rounded to {@code decimals} places, with thousands separators: 1234.5 -> "1,234.50". A value
     * that rounds to {@link #SCIENTIFIC_FROM} (10^12) or more in magnitude is printed as {@link Units#scientific}
     * does instead, whatever {@code decimals}: 1.5e20 -> "1.50 × 10²⁰", never 21 digits, a caret or an "E". Every
     * figure a calculator prints goes through here or through {@link Units}, which applies the same rule, so the
     * rule holds for days, hours, bytes, FLOPs and counts alike.
     *
     * @throws IllegalArgumentException for NaN and the infinities
     */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (decimals == 0 && Math.abs(value) < 2e9) {
            return wholeNumber(value);
        }
        // Half a unit in the last place below the threshold already rounds up to a 13-digit whole part.
        if (Math.abs(value) >= SCIENTIFIC_FROM - 0.5 * Math.pow(10, -decimals)) {
            return Units.scientific(value);
        }
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(Math.abs(value) * scale) / scale;
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

    /**
     * {@link #fixed}, except for a figure that is not zero but rounds to zero at {@code decimals} places: it reads as
     * lying below the smallest step shown, 0.00001 at two places -> "小於 0.01", -0.00001 -> "介於 -0.01 與 0 之間",
     * never a "0.00" that claims zero or a string of zeros ending in one digit. This is the project's one rule for a
     * figure too small for its precision; percentages ({@link #percent}, {@link #share}) and counts
     * ({@link Units#count}) follow it, and a duration says the same in words ("不到 1 分鐘", {@link Durations}).
     * Figures that can be zero or negative only by rounding noise (a table of prices) stay with {@link #fixed}.
     */
    public static String fixedOrBelow(double value, int decimals) {
        String text = fixed(value, decimals);
        double step = Math.pow(10, -decimals);
        if (value == 0 || Math.abs(value) >= 0.5 * step) {
            return text;
        }
        String shown = fixed(step, decimals);
        return value > 0 ? "小於 " + shown : "介於 -" + shown + " 與 0 之間";
    }

    /** A decimal fraction as a percentage: 0.065 -> "6.50 %", 1e-7 -> "小於 0.01 %" ({@link #fixedOrBelow}). */
    public static String percent(double fraction, int decimals) {
        return fixedOrBelow(fraction * 100, decimals) + " %";
    }

    /**
     * A share as a percentage with at least {@code decimals} places, and more for a small share so that two
     * significant digits show: 0.125 -> "12.50 %", 1.6e-5 -> "0.0016 %" (not "0.00 %"). At most eight places, so a
     * share below 0.5 × 10^-10 reads "小於 0.00000001 %" ({@link #fixedOrBelow}).
     */
    public static String share(double fraction, int decimals) {
        double percent = Math.abs(fraction * 100);
        int places = decimals;
        if (percent > 0 && percent < 1) {
            places = Math.max(decimals, Math.min(8, (int) Math.ceil(-Math.log10(percent)) + 1));
        }
        return percent(fraction, places);
    }

    /**
     * Shortest text that reads back as the same double, in positional notation (never Java's exponent form):
     * 100.0 -> "100", 0.5 -> "0.5", 1.0E-5 -> "0.00001", 1.0E15 -> "1000000000000000".
     *
     * @throws IllegalArgumentException for NaN and the infinities, which have no decimal text
     */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return positional(Double.toString(value));
    }

    /**
     * {@link #plain} with thousands separators in the whole part, as messages quote bounds:
     * 1e12 -> "1,000,000,000,000", 0.001 -> "0.001".
     */
    public static String readable(double value) {
        String text = plain(value);
        String sign = text.startsWith("-") ? "-" : "";
        int dot = text.indexOf('.');
        String whole = text.substring(sign.length(), dot < 0 ? text.length() : dot);
        return sign + groupDigits(whole) + (dot < 0 ? "" : text.substring(dot));
    }

    /** The shortest decimal of a FLOAT32 value (GGUF stores them): 1e-5f -> "0.00001", not 9.999999747378752E-6. */
    public static String plainFloat(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return positional(Float.toString(value));
    }

    /** Java's "1.25E-7" or "1.0E15" as "0.000000125" or "1000000000000000"; other text as it is. */
    static String positional(String javaText) {
        int e = javaText.indexOf('E');
        String sign = javaText.startsWith("-") ? "-" : "";
        if (e < 0) {
            // Already positional ("12.5", "-0.001"): only zeros to strip. Each string built costs in the page, where
            // a vocabulary's first thousand scores are written this way.
            String text = stripZeros(javaText.substring(sign.length()));
            return text.equals("0") ? "0" : sign + text;
        }
        String mantissa = (e < 0 ? javaText : javaText.substring(0, e)).substring(sign.length());
        int exponent = e < 0 ? 0 : Integer.parseInt(javaText.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = (dot < 0 ? mantissa.length() : dot) + exponent;
        String text;
        if (point <= 0) {
            text = "0." + "0".repeat(-point) + digits;
        } else if (point >= digits.length()) {
            text = digits + "0".repeat(point - digits.length());
        } else {
            text = digits.substring(0, point) + "." + digits.substring(point);
        }
        text = stripZeros(text);
        return text.equals("0") ? "0" : sign + text;
    }

    /** Leading zeros of the whole part and trailing zeros of the fraction go: "0012.500" -> "12.5". */
    private static String stripZeros(String text) {
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        int start = 0;
        while (start < whole.length() - 1 && whole.charAt(start) == '0') {
            start++;
        }
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        return whole.substring(start) + (end > 0 ? "." + fraction.substring(0, end) : "");
    }

    /**
     * {@code fixed(value, 0)} for a magnitude below 2e9, in int arithmetic: a long is a BigInt in the page (TeaVM),
     * and a model's tensor table prints thousands of these. Rounds half up, as {@link Math#round(double)} does:
     * {@code magnitude - floor} is exact below 2^52.
     */
    private static String wholeNumber(double value) {
        double magnitude = Math.abs(value);
        double floor = Math.floor(magnitude);
        int whole = (int) (magnitude - floor >= 0.5 ? floor + 1 : floor);
        String grouped = groupDigits(Integer.toString(whole));
        return value < 0 && whole != 0 ? "-" + grouped : grouped;
    }

    private static String group(long whole) {
        return groupDigits(Long.toString(whole));
    }

    private static String groupDigits(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
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
