package notes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import notes.form.Calculator;
import notes.form.Choice;
import notes.form.Declaration;
import notes.form.Field;
import notes.form.Output;
import notes.form.Registry;
import notes.form.RowGroup;

/**
 * Every text a calculator's form shows (title, labels, hints, choices, row legends, captions, column headings)
 * follows {@link ReaderWording}: a form label cannot hold TeX, so {@code d_h^R} there reaches the reader raw.
 */
class DeclarationWordingTest {
    @TestFactory
    Stream<DynamicTest> everyFormTextIsWordedForReaders() {
        return Registry.all().values().stream().map(c -> DynamicTest.dynamicTest(c.declaration().name(), () -> check(c)));
    }

    private static void check(Calculator c) {
        List<String> problems = new ArrayList<>();
        for (String text : texts(c.declaration())) {
            for (String p : ReaderWording.problems(text)) {
                problems.add("「" + text + "」: " + p);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> texts(Declaration d) {
        List<String> texts = new ArrayList<>(List.of(d.title()));
        List<Field> fields = new ArrayList<>(d.fields());
        for (RowGroup g : d.rowGroups()) {
            texts.add(g.legend());
            texts.add(g.addLabel());
            fields.addAll(g.fields());
        }
        for (Field f : fields) {
            texts.add(f.label());
            texts.add(f.hint());
            for (Choice choice : f.choices()) {
                texts.add(choice.label());
            }
        }
        for (Output o : d.outputs()) {
            texts.add(o.label());
            texts.addAll(o.columns());
        }
        return texts;
    }

    /** The rules catch what the review found, so an empty problem list above means something. */
    @Test
    void theRulesCatchWhatTheReviewFound() {
        // Issue 14, item 11: 顯存 and 程序 (process) in the notes, a raw "d_h^R" in a label, a caret in "10^23".
        assertEquals(List.of("顯存 → GPU 記憶體"), ReaderWording.problems("單張顯卡的顯存"));
        assertEquals(List.of("多個程序 → 多個行程"), ReaderWording.problems("多個程序共用分頁快取"));
        assertEquals(1, ReaderWording.problems("RoPE 維度 d_h^R").size());
        assertEquals(1, ReaderWording.problems("約 10^23 次").size());
        assertEquals(1, ReaderWording.problems("策略 π_θ").size());
        assertEquals(List.of(), ReaderWording.problems("法律程序；DeepSeek-V3；1,000 × 2；routed_scaling_factor"));
    }
}
