package notes.preferred;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Liquidation waterfall: pays an exit value to debt, then to the preferred series by seniority, then shares the
 * residual among common stock and the series that participate or convert.
 *
 * <p>A series that may convert (non-participating, or capped) takes whichever pays it more, and each decision
 * changes what the others get: a converting series gives up its preference (more residual for everyone) but adds
 * its shares to the pool (a smaller slice for everyone). {@link #distribute} finds decisions no series would change
 * given the others' (best responses, cheapest conversions first), so the result is consistent across series.
 */
public final class Waterfall {
    /** A series converts only when that pays more by this fraction of the exit value (ties keep the preference). */
    private static final double GAIN_TOLERANCE = 1e-12;
    private static final int MAX_ROUNDS = 100;

    private final java.util.Map<Double, Distribution> solved = new java.util.HashMap<>();
    private final CapTable table;
    private final List<PreferredSeries> series;
    /** Ranks from most to least senior. */
    private final int[] ranks;
    /** Series that may convert, cheapest preference per share first (they convert first as the exit grows). */
    private final Integer[] conversionOrder;

    public Waterfall(CapTable table) {
        this.table = table;
        this.series = table.series();
        TreeSet<Integer> distinct = new TreeSet<>();
        for (PreferredSeries s : series) {
            distinct.add(s.rank());
        }
        // A loop, not a stream: streams add tens of KB to the page bundle for this one line.
        this.ranks = new int[distinct.size()];
        int r = 0;
        for (int rank : distinct) {
            ranks[r++] = rank;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).mayConvert()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> series.get(i).preference() / series.get(i).shares()));
        this.conversionOrder = order.toArray(new Integer[0]);
    }

    public CapTable table() {
        return table;
    }

    /**
     * Divides {@code exit} with every series making its best choice given the others'. Each exit value is solved
     * once per waterfall: the page's chart and its breakpoint scan ask for the same 120 exit values.
     */
    public Distribution distribute(double exit) {
        if (!(exit >= 0) || Double.isInfinite(exit)) {
            throw new WaterfallException(WaterfallProblem.NEGATIVE_EXIT, -1);
        }
        Distribution known = solved.get(exit);
        if (known == null) {
            known = solve(exit);
            solved.put(exit, known);
        }
        return known;
    }

    private Distribution solve(double exit) {
        boolean[] converted = new boolean[series.size()];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int i : conversionOrder) {
                boolean best = convertingPaysMore(exit, converted, i);
                if (best != converted[i]) {
                    converted[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                return distribute(exit, converted);
            }
        }
        throw new WaterfallException(WaterfallProblem.NO_STABLE_DECISION, -1);
    }

    /** Whether series {@code i} is paid more as common than with its preference, the others' decisions fixed. */
    private boolean convertingPaysMore(double exit, boolean[] decisions, int i) {
        boolean[] trial = Arrays.copyOf(decisions, decisions.length);
        trial[i] = false;
        double keep = distribute(exit, trial).series().get(i).total();
        trial[i] = true;
        double convert = distribute(exit, trial).series().get(i).total();
        return convert > keep + GAIN_TOLERANCE * Math.max(exit, 1);
    }

    /** Divides {@code exit} for fixed conversion decisions. */
    public Distribution distribute(double exit, boolean[] converted) {
        double remaining = exit;
        double debt = Math.min(remaining, table.debt());
        remaining -= debt;
        double[] preference = new double[series.size()];
        for (int rank : ranks) {
            remaining -= payRank(rank, remaining, converted, preference);
        }
        double[] participation = new double[series.size()];
        double common = shareResidual(remaining, converted, preference, participation);
        List<Distribution.SeriesPayout> payouts = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            payouts.add(new Distribution.SeriesPayout(series.get(i), preference[i], participation[i], converted[i]));
        }
        return new Distribution(exit, debt, payouts, common);
    }

    /** Pays the series of one rank (those keeping their preference) pro rata to what each is owed. */
    private double payRank(int rank, double available, boolean[] converted, double[] preference) {
        double owed = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).rank() == rank && !converted[i]) {
                owed += series.get(i).preference();
            }
        }
        double paid = Math.min(available, owed);
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).rank() == rank && !converted[i] && owed > 0) {
                preference[i] = paid * series.get(i).preference() / owed;
            }
        }
        return paid;
    }

    /**
     * Shares the residual pro rata to shares among common, converted series and participating series; a capped
     * series that reaches its cap drops out and the rest is shared again among the others (water-filling).
     */
    private double shareResidual(double residual, boolean[] converted, double[] preference, double[] participation) {
        boolean[] inPool = new boolean[series.size()];
        for (int i = 0; i < series.size(); i++) {
            inPool[i] = converted[i] || series.get(i).participation() != Participation.NONE;
        }
        double remaining = residual;
        while (true) {
            double poolShares = table.commonShares();
            for (int i = 0; i < series.size(); i++) {
                poolShares += inPool[i] ? series.get(i).shares() : 0;
            }
            double perShare = remaining / poolShares;
            boolean capped = false;
            for (int i = 0; i < series.size(); i++) {
                if (inPool[i] && !converted[i] && preference[i] + perShare * series.get(i).shares()
                        > series.get(i).cap()) {
                    participation[i] = Math.max(0, series.get(i).cap() - preference[i]);
                    remaining -= participation[i];
                    inPool[i] = false;
                    capped = true;
                }
            }
            if (!capped) {
                for (int i = 0; i < series.size(); i++) {
                    if (inPool[i]) {
                        participation[i] = perShare * series.get(i).shares();
                    }
                }
                return perShare * table.commonShares();
            }
        }
    }

    /** A change of decision as the exit value grows past {@code exit}. */
    public record Breakpoint(int seriesIndex, double exit, boolean converts) {
    }

    /**
     * The exit values in (0, {@code maxExit}] where some series changes its decision, found by scanning
     * {@code steps} exits and bisecting each change to a relative precision of 1e-9.
     */
    public List<Breakpoint> breakpoints(double maxExit, int steps) {
        List<Breakpoint> found = new ArrayList<>();
        boolean[] previous = decisions(0);
        double previousExit = 0;
        for (int k = 1; k <= steps; k++) {
            double exit = maxExit * k / steps;
            boolean[] now = decisions(exit);
            int changes = 0;
            for (int i = 0; i < now.length; i++) {
                changes += now[i] != previous[i] ? 1 : 0;
            }
            for (int i = 0; i < now.length; i++) {
                if (now[i] != previous[i]) {
                    double at = changes == 1 ? bisectAlone(i, previousExit, exit, previous)
                            : bisect(i, previousExit, exit, previous[i]);
                    found.add(new Breakpoint(i, at, now[i]));
                }
            }
            previous = now;
            previousExit = exit;
        }
        return found;
    }

    /** Where series i's decision flips, re-solving every series' decision at each step (several changed at once). */
    private double bisect(int i, double lo, double hi, boolean atLo) {
        while (hi - lo > 1e-9 * Math.max(1, hi)) {
            double mid = 0.5 * (lo + hi);
            if (decisions(mid)[i] == atLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The same point when series i is the only one to change in the interval: the others keep their decisions
     * throughout, so each step only asks whether i gains by converting with them fixed (two distributions), not the
     * whole search for every series' decision. For 12 capped rounds this made the breakpoints four times faster.
     */
    private double bisectAlone(int i, double lo, double hi, boolean[] others) {
        boolean atLo = others[i];
        while (hi - lo > 1e-9 * Math.max(1, hi)) {
            double mid = 0.5 * (lo + hi);
            if (convertingPaysMore(mid, others, i) == atLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private boolean[] decisions(double exit) {
        Distribution d = distribute(exit);
        boolean[] converted = new boolean[d.series().size()];
        for (int i = 0; i < converted.length; i++) {
            converted[i] = d.series().get(i).converted();
        }
        return converted;
    }

    /** For tests and the page: what series {@code i} would get by flipping its own decision, the others fixed. */
    public double payoutIfDeviating(double exit, int i) {
        boolean[] converted = decisions(exit);
        converted[i] = !converted[i];
        return distribute(exit, converted).series().get(i).total();
    }
}
