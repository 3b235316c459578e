package notes.bond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked day counts, each derived in its comment. */
class DayCountTest {
    @ParameterizedTest
    @CsvSource({
            // from, to, basis, days: 30/360 US counts a month-end start as the 30th ...
            "2024-02-29, 2024-08-31, 0, 181",  // Feb end -> 30; start in February keeps the 31st: 6*30 + 31-30
            "2024-03-30, 2024-03-31, 0, 0",    // start on the 30th: the 31st counts as the 30th
            "2024-03-15, 2024-03-31, 0, 16",   // start before the 30th: the 31st stays
            "2023-08-31, 2024-02-29, 0, 179",  // end on Feb's last day keeps its real day: 6*30 + 29 - 30
            "2024-02-29, 2024-08-31, 4, 181",  // European: 31 -> 30, February unchanged: 6*30 + 30 - 29
            "2024-02-29, 2024-08-31, 1, 184",  // actual days
    })
    void couponDays(LocalDate from, LocalDate to, int basis, int expected) {
        assertEquals(expected, DayCount.ofBasisOrNull(basis).days(from, to));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-01-01, 2024-12-31, 1, 0.9972677595628415", // 365 days of a leap year / 366
            "2023-01-01, 2023-12-31, 1, 0.9972602739726028", // 364 / 365
            "2024-02-29, 2024-09-30, 1, 0.5846994535519126", // starts on the leap day: counts it, 214 / 366
    })
    void yearFractionActualActual(LocalDate from, LocalDate to, int basis, double expected) {
        assertEquals(expected, DayCount.ofBasisOrNull(basis).yearFraction(from, to), 1e-15);
    }

    @Test
    void yearFractionOverMoreThanAYearDividesByTheMeanYearLength() {
        // 2023-01-01 to 2025-01-01 is 731 days; the years spanned, 2023..2025, average (365 + 366 + 365) / 3 days.
        assertEquals(731 / ((365 + 366 + 365) / 3.0),
                DayCount.ACTUAL_ACTUAL.yearFraction(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1)), 1e-15);
    }
}
