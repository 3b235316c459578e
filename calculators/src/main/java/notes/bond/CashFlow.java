package notes.bond;

import java.time.LocalDate;

/**
 * One remaining payment per 100 face.
 *
 * @param years        time from settlement in years (periods / frequency), as the durations weigh it
 * @param presentValue coupon plus principal discounted to settlement
 */
public record CashFlow(LocalDate date, double coupon, double principal, double years, double presentValue) {
}
