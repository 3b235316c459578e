package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;

class LoraPageTest {
    @Test
    void theDefaultsAreTheSourcePostsLabMatrix() {
        Result r = Pages.run(new LoraPage(), Map.of());
        assertTrue(r.isValid(), r.problems().toString());
        // FC1 of the lab is 100 -> 128: a 128 x 100 weight, 12,800 entries; r = 8 gives 8 x (128 + 100) = 1,824
        // (LoRA, arXiv 2106.09685, section 4.1: B is d x r, A is r x k).
        assertEquals("12,800", r.texts().get("lora.full"));
        assertEquals("1,824", r.texts().get("lora.lora"));
        assertEquals("14.25 %", r.texts().get("lora.fraction")); // 1,824 / 12,800
        // Section 4.1: the update B A x is scaled by alpha / r; 16 / 8 = 2.
        assertEquals("2.0000", r.texts().get("lora.scale"));
    }

    @Test
    void aSmallScaleStillShowsItsDigits() {
        Result r = Pages.run(new LoraPage(), Map.of("lora.d", "4096", "lora.k", "4096", "lora.rank", "1000",
                "lora.alpha", "0.001", "lora.model", "Llama-3-70B"));
        assertTrue(r.isValid(), r.problems().toString());
        // 0.001 / 1,000 = 0.000001
        assertEquals("0.00000100", r.texts().get("lora.scale"));
        Result bad = Pages.run(new LoraPage(), Map.of("lora.alpha", "0"));
        assertTrue(bad.problems().get("lora.alpha").contains("大於 0"), bad.problems().toString());
    }
}
