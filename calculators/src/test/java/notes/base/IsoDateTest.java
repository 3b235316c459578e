package notes.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** ISO 8601's calendar date (YYYY-MM-DD) for files, and the forms typed in Taiwan for the pages. */
class IsoDateTest {
    @Test
    void filesTakeIsoOnly() {
        assertEquals(LocalDate.of(2008, 2, 15), IsoDate.parseOrNull("2008-02-15"));
        assertNull(IsoDate.parseOrNull("2008/02/15"));
        assertNull(IsoDate.parseOrNull("2008-2-15"));
        // 2000 is a leap year (divisible by 400), 1900 is not (divisible by 100): the Gregorian rule.
        assertEquals(LocalDate.of(2000, 2, 29), IsoDate.parseOrNull("2000-02-29"));
        assertNull(IsoDate.parseOrNull("1900-02-29"));
    }

    @Test
    void typedDatesTakeSlashesAndOneDigitMonthsAndDays() {
        assertEquals(LocalDate.of(2008, 2, 5), IsoDate.parseTypedOrNull("2008/2/5"));
        assertEquals(LocalDate.of(2008, 12, 15), IsoDate.parseTypedOrNull("2008/12/15"));
        assertEquals("2008-02-05", IsoDate.format(IsoDate.parseTypedOrNull("2008-2-05")));
        assertNull(IsoDate.parseTypedOrNull("2008/2-5"), "one separator, twice");
        assertNull(IsoDate.parseTypedOrNull("2008/02/30"));
        assertEquals(2008, IsoDate.typedYear("2008/02/30"), "the shape is right, the day is not");
        assertEquals(-1, IsoDate.typedYear("15/02/2008"));
        assertEquals(1899, IsoDate.typedYear("1899-12-31"));
    }
}
