package notes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON command line refuses what the page could never send, in the page's language and on the key that caused
 * it: keys the calculator does not have, arrays where one value belongs, a row group given as one value, a path
 * that is missing or a folder. None of these may fall back to the defaults with exit status 0.
 */
class JsonCalculatorTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String name, String json) {
        return Main.run(new String[] {name}, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anArrayWhereOneValueBelongsIsNamed() {
        assertEquals(1, run("bond", "{\"rate\": [1]}"));
        assertTrue(stdout().contains("\"rate\": \"「rate」要填一個值（數字或文字），不是陣列或物件。\""), stdout());
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertEquals(1, run("lora", "{\"lora.dd\": 5}"));
        assertTrue(stdout().contains("「lora.dd」不是這個試算器的欄位"), stdout());
    }

    @Test
    void aRowGroupGivenAsOneValueIsNamed() {
        assertEquals(1, run("ppo", "{\"sample\": \"x\"}"));
        assertTrue(stdout().contains("「sample」是一組列，請寫成陣列"), stdout());
    }

    @Test
    void aMissingFileOrAFolderIsAProblemOnItsField(@TempDir Path dir) {
        assertEquals(1, run("gguf-inspector", "{\"gguf.file\": \"" + dir.resolve("none.gguf") + "\"}"));
        assertTrue(stdout().contains("\"gguf.file\": \"找不到檔案「"), stdout());
        out.reset();
        assertEquals(1, run("gguf-inspector", "{\"gguf.file\": \"" + dir + "\"}"));
        assertTrue(stdout().contains("是資料夾，不是檔案。"), stdout());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkboxesTakeJsonBooleans() {
        assertEquals(0, run("lora", "{\"lora.mlp\": true, \"lora.q\": false}"));
        out.reset();
        assertEquals(1, run("lora", "{\"lora.d\": true}"));
        assertTrue(stdout().contains("「true」不是數字"), "the reader's own value is quoted: " + stdout());
    }

    /**
     * The tables and lists the page shows reach the command line as cells, numbers exact. The case is the note's
     * 1.5X example: 1,000,000 for 20 %, fully participating, exit 3,000,000. By hand: 1.5 x 1,000,000 = 1,500,000
     * first; the other 1,500,000 is shared 20 : 80, so A adds 300,000 (1,800,000 in all, 1.8 times its money).
     * Without participation, A keeps its preference until 20 % of the exit beats 1,500,000: at 7,500,000.
     */
    @Test
    void tablesAndListsArePrintedAsCells() {
        assertEquals(0, run("preferred-waterfall", "{\"series\": [{\"name\": \"A 輪\", \"participation\": \"FULL\"}]}"));
        assertTrue(stdout().contains("\"payouts\": [\n    [\"A 輪\", \"領回優先清算額並參與分配\", 1500000, 300000, 1800000, 1.8]\n  ]"),
                stdout());
        out.reset();
        assertEquals(0, run("preferred-waterfall", "{\"series\": [{\"name\": \"A 輪\", \"participation\": \"NONE\"}]}"));
        assertTrue(stdout().contains("\"breakpoints\": [\n    \"A 輪：出場價值超過 7,500,000 時改為轉換成普通股\""), stdout());
    }

    /** {@code list} gives each table's columns, in the order the rows' cells come, and each output's kind. */
    @Test
    void listGivesEachTablesColumns() {
        assertEquals(0, Main.run(new String[] {"list"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(stdout().contains("{\"name\": \"payouts\", \"label\": \"這個出場價值下，各方分到的金額\", \"kind\": \"TABLE\", "
                + "\"unit\": \"\", \"columns\": [\"特別股\", \"選擇\", \"優先清算額\", \"參與／轉換所得\", \"合計\", \"投資倍數\"]}"),
                stdout());
        assertTrue(stdout().contains("{\"name\": \"breakpoints\", \"label\": \"轉換的門檻\", \"kind\": \"LIST\", \"unit\": \"\"}"),
                stdout());
    }

    /** A key given twice is refused with its offset (RFC 8259 §4 leaves duplicate names unpredictable). */
    @Test
    void aKeyGivenTwiceIsRefused() {
        assertEquals(1, run("lora", "{\"lora.rank\": 16, \"lora.rank\": 8}"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("key \"lora.rank\" given twice"), err.toString());
        assertEquals("", stdout());
    }

    @Test
    void anUnknownCalculatorIsNamed() {
        assertEquals(2, run("nosuch", "{}"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("unknown calculator 'nosuch' (calculators: "),
                err.toString());
    }
}
