package notes.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Mistakes an author can make in a declaration are named before any reader meets them. */
class DeclarationTest {
    @Test
    void eachInconsistencyIsNamed() {
        Declaration d = Declaration.of("Bad Name", "壞")
                .fields(Field.number("a", "甲").range(0, 10).initial("11"),
                        Field.number("b", "乙").when("c", "x").initial("1"),
                        Field.select("c", "丙").option("x", "X").initial("y"),
                        Field.number("a", "甲二").initial("1"),
                        Field.integer("big", "大").range(0, 1e12).initial("1"))
                .outputs(Output.value("o", "出"), Output.value("o", "出二"));
        assertEquals(List.of(
                "Bad Name: a name is lower-case letters, digits and hyphens",
                "Bad Name: field a starts at 11, outside its range",
                "Bad Name: field b depends on c, which is not declared before it",
                "Bad Name: field c starts at y, which is not one of its options",
                "Bad Name: field a is declared twice",
                "Bad Name: field big has a whole-number range beyond int",
                "Bad Name: output o is declared twice"), d.problems());
    }

    @Test
    void rowFieldsMayDependOnTheirRowAndOnTheFormAbove() {
        Declaration d = Declaration.of("ok", "好")
                .fields(Field.radio("mode", "方式").option("p", "P").option("s", "S"))
                .rows(new RowGroup("r", "第 {n} 列", List.of(
                        Field.select("kind", "種類").option("a", "A").option("b", "B"),
                        Field.number("x", "X").range(0, 10).initial("{n}").when("kind", "b"),
                        Field.number("y", "Y").range(0, 10).initial("1").when("mode", "s")), 1, 5, "加", "刪"));
        assertEquals(List.of(), d.problems());
    }

    @Test
    void anOutputShowsOnlyForAnOptionOfATopLevelChoice() {
        Declaration d = Declaration.of("modes", "模式")
                .fields(Field.radio("mode", "方式").option("p", "P").option("g", "G"),
                        Field.number("n", "數").range(0, 10).initial("1"))
                .outputs(Output.value("ok", "好").when("mode", "g"),
                        Output.value("noOption", "無此選項").when("mode", "x"),
                        Output.value("notChoice", "不是選項欄").when("n", "1"),
                        Output.value("missing", "無此欄").when("nosuch", "g"));
        assertEquals(List.of(
                "modes: output noOption depends on mode=x, which is not a top-level field with that option",
                "modes: output notChoice depends on n=1, which is not a top-level field with that option",
                "modes: output missing depends on nosuch=g, which is not a top-level field with that option"),
                d.problems());
        assertEquals("mode=g", d.output("ok").showWhen());
        assertEquals(true, d.output("ok").isShownWith(java.util.Map.of("mode", "g")));
        assertEquals(false, d.output("ok").isShownWith(java.util.Map.of("mode", "p")));
    }
}
