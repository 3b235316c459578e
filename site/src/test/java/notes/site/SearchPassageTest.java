package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The passage a result shows (assets/js/search.js's {@code passage}, run in Node): cut out of the section's text
 * around the first match, it never starts or ends inside a Latin word ("…dirty price", never "…ty price").
 */
class SearchPassageTest {
    /** English around a Chinese match, as the bond note writes it; the match moves one character per case. */
    private static final String TEXT = "The dirty price, also called full price or invoice price, is what the buyer"
            + " pays: 應計利息 is added to the clean price quoted on screens, and the seller receives it in full.";

    @Test
    void passagesStartAndEndBetweenWords() {
        List<String> texts = new ArrayList<>();
        for (int shift = 0; shift < 40; shift++) {
            texts.add("x".repeat(shift) + " " + TEXT);
        }
        String script = "const vm = require('vm'); const fs = require('fs');"
                + "const ctx = vm.createContext({ document: { querySelector: () => null } });"
                + "vm.runInContext(fs.readFileSync(process.argv[1], 'utf8'), ctx);"
                + "const texts = JSON.parse(process.argv[2]);"
                + "console.log(JSON.stringify(texts.map((text) => vm.runInContext('passage', ctx)("
                + "{ sections: [{ heading: '', text }] }, ['應計利息']).html)));";
        String json = "[" + String.join(",", texts.stream().map(t -> "\"" + t + "\"").toList()) + "]";
        String out = Tools.run(Path.of("."), "node", "-e", script,
                Repo.root().resolve("assets/js/search.js").toString(), json).trim();
        List<String> passages = List.of(out.substring(2, out.length() - 2).split("\",\""));
        assertEquals(texts.size(), passages.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String shown = passages.get(i).replace("<mark>", "").replace("</mark>", "");
            String inner = shown.replaceAll("^…|…$", "");
            int at = text.indexOf(inner);
            assertTrue(at >= 0, "a piece of the text: " + shown);
            assertTrue(inner.contains("應計利息"), shown);
            assertTrue(at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(text.charAt(at)),
                    "starts between words: " + shown);
            int end = at + inner.length();
            assertTrue(end == text.length() || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end)),
                    "ends between words: " + shown);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
