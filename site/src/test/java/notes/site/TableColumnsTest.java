package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import notes.site.markdown.TableColumns;

/** Which table columns are numbers (end-aligned) and which are text (start-aligned), in the rendered HTML. */
class TableColumnsTest {
    @Test
    void numbersAsTheNotesWriteThem() {
        for (String number : List.of("989", "1,979", "756.5", "17.3 %", "-2.5", "US$2.5", "4 / 2 / 2", "1.5 倍")) {
            assertTrue(TableColumns.isNumber(number), number);
        }
        for (String text : List.of("不支援", "Q8_0", "H100 SXM", "180 萬", "VIG", "2008-05-15", "")) {
            assertFalse(TableColumns.isNumber(text), text);
        }
    }

    /** The GPU table of the training-compute note: a model column, two columns of numbers, one mixing in a word. */
    @Test
    void aColumnIsNumbersWhenEveryCellIs() {
        String markdown = "| GPU | BF16 稠密 | FP8 稠密 |\n|---|---|---|\n| H100 SXM | 989 | 1,979 |\n"
                + "| A100 | 312[^a100] | 不支援 |\n\n[^a100]: 規格表。\n";
        Document table = Jsoup.parse(NotePipeline.render(markdown));
        assertEquals(List.of("", "num", "", "", "num", "", "", "num", ""), classes(table));
    }

    /** A column of formulas and numbers is a number column; one of formulas alone says nothing, so it is text. */
    @Test
    void formulasAndEmptyCellsAreNeutral() {
        String markdown = "| 算法 | FLOPs | 比例 |\n|---|---|---|\n| 整個 | $6.14 \\times 10^{10}$ | +27.7 % |\n"
                + "| 一半 | $3.07 \\times 10^{10}$ |  |\n";
        Document table = Jsoup.parse(NotePipeline.render(markdown));
        assertEquals(List.of("", "", "num", "", "", "num", "", "", "num"), classes(table));
    }

    private static List<String> classes(Document table) {
        List<String> classes = new java.util.ArrayList<>();
        table.select("th, td").forEach(cell -> classes.add(cell.className()));
        return classes;
    }
}
