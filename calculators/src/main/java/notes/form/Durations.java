package notes.form;

/**
 * Lengths of time for people, in the largest unit that reads well: "61.5 天", "5.3 小時", "20 分鐘", "不到 1 分鐘".
 * A tiny but valid input (a few million tokens) finishes in minutes, which "0.0 天" would hide. Long figures follow
 * {@link Decimals#fixed}, scientific form included ("6.94 × 10¹⁶ 天"); below a minute the text says so in words, as
 * {@link Decimals#fixedOrBelow} does for other figures too small to show.
 */
public final class Durations {
    private static final double MINUTE = 60;
    private static final double HOUR = 3600;
    private static final double DAY = 86400;

    private Durations() {
    }

    /**
     * Wall-clock time: days to one decimal from 23.95 hours on (which would print as "24.0 小時"), hours to one
     * decimal from 59.5 minutes on, whole minutes from one minute on, else "不到 1 分鐘": 1,800 s -> "30 分鐘",
     * 19,080 s -> "5.3 小時", 5,313,600 s -> "61.5 天".
     *
     * @param seconds a time of zero or more seconds
     */
    public static String wallClock(double seconds) {
        if (seconds >= DAY - 0.05 * HOUR) {
            return Decimals.fixed(seconds / DAY, 1) + " 天";
        }
        return upToHours(seconds, 1, "");
    }

    /**
     * GPU time, the sum over GPUs, in GPU hours as training reports give it (DeepSeek-V3: 2,664K H800 GPU hours),
     * whole hours from 59.5 minutes on and GPU minutes below: 10,800 GPU seconds -> "3 GPU 小時", 1,200 -> "20 GPU
     * 分鐘", 30 -> "不到 1 GPU 分鐘".
     *
     * @param gpuSeconds seconds summed over the GPUs, zero or more
     */
    public static String gpuTime(double gpuSeconds) {
        return upToHours(gpuSeconds, 0, "GPU ");
    }

    /** Hours at {@code hourDecimals} places from 59.5 minutes on, whole minutes from one on, else "不到 1 分鐘". */
    private static String upToHours(double seconds, int hourDecimals, String prefix) {
        if (seconds >= HOUR - 0.5 * MINUTE) {
            return Decimals.fixed(seconds / HOUR, hourDecimals) + " " + prefix + "小時";
        }
        if (seconds >= MINUTE) {
            return Decimals.fixed(seconds / MINUTE, 0) + " " + prefix + "分鐘";
        }
        return seconds > 0 ? "不到 1 " + prefix + "分鐘" : "0 " + prefix + "分鐘";
    }
}
