package notes.llm;

/**
 * A small deterministic generator (xorshift32) so that "randomise with seed 42" gives the same numbers on the JVM
 * and in the page; {@code java.util.Random} is not guaranteed to match across TeaVM's class library.
 */
public final class SeededRandom {
    private int state;

    public SeededRandom(int seed) {
        this.state = seed == 0 ? 0x9E3779B9 : seed;
    }

    public int nextInt() {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return state;
    }

    /** Uniform in [-1, 1), rounded to two decimals so a reader can retype it. */
    public double nextSmall() {
        int cents = Math.floorMod(nextInt(), 200) - 100;
        return cents / 100.0;
    }
}
