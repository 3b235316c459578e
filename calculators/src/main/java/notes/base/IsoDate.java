package notes.base;

import java.time.LocalDate;

/**
 * Reads and writes dates as ISO {@code YYYY-MM-DD}, and reads the forms a reader in Taiwan also types: slashes
 * ("2008/02/15") and one-digit months and days ("2008-2-5"). The command line's files take ISO only; the pages take
 * both and write ISO back (URL, echo).
 *
 * <p>Hand-written on purpose: {@code LocalDate.parse} drags time-zone data into the TeaVM bundle (about 300 KB).
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
        return parseTypedOrNull(s);
    }

    /**
     * A date as a reader types it: a four-digit year, a month and a day of one or two digits, with the same
     * separator, '-' or '/', twice ("2008-02-15", "2008/2/15", "2008-2-5"). Null for another shape or a day the
     * calendar lacks ("2008/02/30"); {@link #typedYear} tells the two apart.
     */
    public static LocalDate parseTypedOrNull(String text) {
        int[] ymd = fieldsOrNull(text);
        if (ymd == null || ymd[0] < 1 || ymd[1] < 1 || ymd[1] > 12 || ymd[2] < 1) {
            return null;
        }
        LocalDate first = LocalDate.of(ymd[0], ymd[1], 1);
        return ymd[2] > first.lengthOfMonth() ? null : first.withDayOfMonth(ymd[2]);
    }

    /**
     * The year of a text of the shape {@link #parseTypedOrNull} reads, whatever the calendar says of its day, or -1
     * for another shape: a message can then say which is wrong, the shape, the year or the day.
     */
    public static int typedYear(String text) {
        int[] ymd = fieldsOrNull(text);
        return ymd == null ? -1 : ymd[0];
    }

    /** Year, month and day of "YYYY-M-D" or "YYYY/M/D" (month and day one or two digits), or null. */
    private static int[] fieldsOrNull(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.length() < 8 || s.length() > 10 || (s.charAt(4) != '-' && s.charAt(4) != '/')) {
            return null;
        }
        char separator = s.charAt(4);
        int second = s.indexOf(separator, 5);
        if (second < 6 || second > 7 || s.length() - second - 1 < 1 || s.length() - second - 1 > 2) {
            return null;
        }
        int[] ymd = {digits(s, 0, 4), digits(s, 5, second), digits(s, second + 1, s.length())};
        return ymd[0] < 0 || ymd[1] < 0 || ymd[2] < 0 ? null : ymd;
    }

    /** The date as ISO {@code YYYY-MM-DD}, zero-padded: 2008-02-05. */
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
