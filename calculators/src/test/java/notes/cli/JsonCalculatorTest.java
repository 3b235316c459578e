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
}
