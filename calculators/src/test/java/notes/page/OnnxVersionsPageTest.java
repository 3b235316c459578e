package notes.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import notes.form.Result;

/**
 * Expected values are rows of the "Released Versions" table in onnx/onnx docs/Versioning.md (commit f7546912),
 * quoted next to each check.
 */
class OnnxVersionsPageTest {
    @Test
    void aReleaseShowsItsIrVersionAndOpsets() {
        // "1.16.0|10|21|5|1"; IR 10 runs from 1.16.0 to "1.17.0|10|22|5|1".
        Result r = Pages.run(new OnnxVersionsPage(), Map.of());
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("10", r.texts().get("ov.irVersion"));
        assertEquals("21", r.texts().get("ov.opsetDefault"));
        assertEquals("5", r.texts().get("ov.opsetMl"));
        assertEquals("1", r.texts().get("ov.opsetTraining"));
        assertTrue(r.texts().get("ov.sameIr").contains("1.16.0 用到 1.17.0"), r.texts().get("ov.sameIr"));
        // "1.14.0|9|19|3|1"
        Result r114 = Pages.run(new OnnxVersionsPage(), Map.of("ov.release", "1.14.0"));
        assertEquals(List.of("9", "19", "3"), List.of(r114.texts().get("ov.irVersion"),
                r114.texts().get("ov.opsetDefault"), r114.texts().get("ov.opsetMl")));
        // "1.6.0|6|11|2|-": no training opset yet; IR 6 is written by 1.6.0 alone.
        Result r16 = Pages.run(new OnnxVersionsPage(), Map.of("ov.release", "1.6.0"));
        assertTrue(r16.texts().get("ov.opsetTraining").startsWith("—"));
        assertTrue(r16.texts().get("ov.sameIr").startsWith("只有 1.6.0"), r16.texts().get("ov.sameIr"));
    }

    @Test
    void theTableListsEveryReleaseAndMarksTheOneLookedUp() {
        Result r = Pages.run(new OnnxVersionsPage(), Map.of("ov.release", "1.8.0"));
        List<?> rows = r.data().get("ov.table");
        assertEquals(33, rows.size()); // 33 data rows, 1.0 to 1.22.0
        // "1.8.0|7|13|2|1" is the tenth row; "1.0|3|1|1|-" the first.
        assertEquals(List.of("1.8.0", 7.0, 13.0, 2.0, 1.0), rows.get(9));
        assertEquals(List.of("1.0", 3.0, 1.0, 1.0, "—"), rows.get(0));
        assertTrue(r.html().get("ov.table").contains("<tr class=\"chosen\"><th scope=\"row\">1.8.0</th>"));
    }

    @Test
    void anOpsetFindsTheFirstReleaseThatHoldsIt() {
        // The source post's model declared opset 14: "1.9.0|7|14|2|1" is the first row with ai.onnx 14.
        Result r = Pages.run(new OnnxVersionsPage(), Map.of("ov.mode", "opset"));
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals("ONNX 1.9.0（IR 7）", r.texts().get("ov.opsetFirst"));
        // No row has ai.onnx 3: "1.0|3|1|1|-" then "1.1|3|5|1|-".
        Result r3 = Pages.run(new OnnxVersionsPage(), Map.of("ov.mode", "opset", "ov.opset", "3"));
        assertEquals("ONNX 1.1（IR 3）", r3.texts().get("ov.opsetFirst"));
        assertTrue(r3.texts().get("ov.opsetWhy").startsWith("沒有哪個發行版本"));
        // ai.onnx.ml 4 first in "1.15.0|9|20|4|1".
        Result ml = Pages.run(new OnnxVersionsPage(), Map.of("ov.mode", "opset", "ov.domain", "AI_ONNX_ML",
                "ov.opset", "4"));
        assertEquals("ONNX 1.15.0（IR 9）", ml.texts().get("ov.opsetFirst"));
    }

    @Test
    void anIrVersionFindsItsFirstRelease() {
        // "1.18.0|11|23|5|1" is the only row with IR 11; "1.0|3|1|1|-" the first row at all (IR 3).
        Result r = Pages.run(new OnnxVersionsPage(), Map.of("ov.mode", "ir", "ov.ir", "11"));
        assertEquals("ONNX 1.18.0", r.texts().get("ov.irFirst"));
        Result early = Pages.run(new OnnxVersionsPage(), Map.of("ov.mode", "ir", "ov.ir", "2"));
        assertEquals("ONNX 1.0", early.texts().get("ov.irFirst"));
        assertTrue(early.texts().get("ov.irWhy").contains("1.0 之前"));
    }

    @Test
    void badEntriesGetMessagesOnTheirField() {
        // The newest row, "1.22.0|13|27|5|1", bounds the default domain's opset and the IR version.
        assertEquals("須介於 1 與 27 之間。", problem(Map.of("ov.mode", "opset", "ov.opset", "0"), "ov.opset"));
        assertEquals("須介於 1 與 27 之間。", problem(Map.of("ov.mode", "opset", "ov.opset", "28"), "ov.opset"));
        assertTrue(problem(Map.of("ov.mode", "opset", "ov.opset", "abc"), "ov.opset").contains("不是數字"));
        assertEquals("須介於 1 與 13 之間。", problem(Map.of("ov.mode", "ir", "ov.ir", "14"), "ov.ir"));
        // ai.onnx.ml stops at 5 in every row.
        String ml = problem(Map.of("ov.mode", "opset", "ov.domain", "AI_ONNX_ML", "ov.opset", "6"), "ov.opset");
        assertTrue(ml.contains("ai.onnx.ml") && ml.contains("opset 5"), ml);
        assertTrue(problem(Map.of("ov.release", "1.23.0"), "ov.release").contains("不是可選的項目"));
    }

    private static String problem(Map<String, String> input, String field) {
        Result r = Pages.run(new OnnxVersionsPage(), input);
        assertFalse(r.isValid(), input.toString());
        return r.problems().get(field);
    }
}
