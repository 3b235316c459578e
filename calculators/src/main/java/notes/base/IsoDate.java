package notes.base;

import java.time.LocalDate;

/**
 * Reads and writes dates as ISO {@code YYYY-MM-DD}.
 *
 * <p>Hand-written on purpose: {@code LocalDate.parse} drags time-zone data into the TeaVM bundle (about 300 KB), and
 * this is the only date format the calculators accept.
 */
public final class IsoDate {
    private IsoDate() {
    }

    /** Returns the date, or {@code null} when the text is not a real calendar date in {@code YYYY-MM-DD} form. */
    public static LocalDate parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    public static String format(LocalDate date) {
        return pad(date.getYear(), 4) + "-" + pad(date.getMonthValue(), 2) + "-" + pad(date.getDayOfMonth(), 2);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String pad(int value, int width) {
        StringBuilder sb = new StringBuilder(Integer.toString(value));
        while (sb.length() < width) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }
}
