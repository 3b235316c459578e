package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Prose tables as Chromium lays them out under the production headers: a Chinese text cell starts at the start of
 * its cell, a number column ends at the end (issue 18). Measured from the text's own box, not from the class or the
 * style sheet, so a rule that never applies fails.
 */
class NoteTablesIT extends BrowserTest {
    /**
     * The gaps, in CSS pixels, between the cell's padding box and its text: [start gap, end gap, cell width, text
     * width], for the body cell in {@code row} (1-based) and {@code column} (1-based) of the table whose first header
     * cell reads {@code firstHeader}.
     */
    @SuppressWarnings("unchecked")
    private static List<Number> gaps(String firstHeader, int row, int column) {
        return (List<Number>) browser.script("const t = [...document.querySelectorAll('.note-body table')]"
                + ".find(t => t.querySelector('th').textContent.trim() === arguments[0]);"
                + " const cell = t.tBodies[0].rows[arguments[1] - 1].cells[arguments[2] - 1];"
                + " const range = document.createRange(); range.selectNodeContents(cell);"
                + " const text = range.getBoundingClientRect(), box = cell.getBoundingClientRect();"
                + " const s = getComputedStyle(cell);"
                + " const left = box.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth);"
                + " const right = box.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth);"
                + " return [text.left - left, right - text.right, right - left, text.width];",
                firstHeader, row, column);
    }

    /** 過半數 under the wide heading 出席門檻（占已發行股份）: the quorum column of the shareholder-voting note. */
    @Test
    void chineseTextStartsAtTheStartOfItsCell() {
        open("notes/shareholder-voting.html");
        List<Number> g = gaps("決議", 1, 2);
        assertTrue(g.get(2).doubleValue() > g.get(3).doubleValue() + 10, "the cell is wider than its text: " + g);
        assertEquals(0, g.get(0).doubleValue(), 1, "text at the start: " + g);
    }

    /** 989 under BF16 稠密 (the training-compute note's GPU table): digits end at the end, under each other. */
    @Test
    void numberColumnsEndAtTheEnd() {
        open("notes/training-compute.html");
        List<Number> number = gaps("GPU", 1, 2);
        assertTrue(number.get(2).doubleValue() > number.get(3).doubleValue() + 10, "wider than 989: " + number);
        assertEquals(0, number.get(1).doubleValue(), 1, "number at the end: " + number);
        List<Number> model = gaps("GPU", 3, 1);
        assertEquals(0, model.get(0).doubleValue(), 1, "A100 at the start: " + model);
    }
}
