package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Durations in the unit that reads: 1 day = 86,400 s, 1 hour = 3,600 s, 1 minute = 60 s (SI brochure, table 8). */
class DurationsTest {
    @Test
    void wallClockTakesTheLargestUnitThatReads() {
        // 61.5 days = 5,313,600 s; 5.3 hours = 19,080 s; 30 minutes = 1,800 s.
        assertEquals("61.5 天", Durations.wallClock(5_313_600));
        assertEquals("5.3 小時", Durations.wallClock(19_080));
        assertEquals("30 分鐘", Durations.wallClock(1_800));
        assertEquals("1 分鐘", Durations.wallClock(60));
        assertEquals("不到 1 分鐘", Durations.wallClock(59));
        assertEquals("0 分鐘", Durations.wallClock(0));
    }

    /** A figure that would round up to the next unit takes it: "1.0 天", never "24.0 小時" or "60 分鐘". */
    @Test
    void roundingUpCrossesToTheNextUnit() {
        // 23.95 h = 86,220 s -> 0.9979 day; 23.94 h = 86,184 s stays in hours.
        assertEquals("1.0 天", Durations.wallClock(86_220));
        assertEquals("23.9 小時", Durations.wallClock(86_184));
        // 59.5 min = 3,570 s -> 0.9917 h; 59.4 min = 3,564 s -> 59 min.
        assertEquals("1.0 小時", Durations.wallClock(3_570));
        assertEquals("59 分鐘", Durations.wallClock(3_564));
    }

    /** GPU time stays in GPU hours (as training reports count it) from an hour up, whole hours. */
    @Test
    void gpuTimeInGpuHours() {
        // DeepSeek-V3's pre-training, 2,664K H800 GPU hours (arXiv 2412.19437, Table 1) = 9,590,400,000 GPU seconds.
        assertEquals("2,664,000 GPU 小時", Durations.gpuTime(9_590_400_000.0));
        assertEquals("20 GPU 分鐘", Durations.gpuTime(1_200));
        assertEquals("不到 1 GPU 分鐘", Durations.gpuTime(30));
        // 6 x 10^21 s (the absurd compute case) / 3,600 = 1.67 x 10^18 GPU hours.
        assertEquals("1.67 × 10¹⁸ GPU 小時", Durations.gpuTime(6e21));
    }
}
