package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What happens when Node is missing or stops (the byte-for-byte comparison of the engines over every formula is
 * {@link JsEnginesIT}).
 */
class JsEnginesTest {
    /** A library in the shape of KaTeX's (a global object) that throws like it (an Error with a message). */
    private static final String LIBRARY = "var lib = {twice: function (s) { if (s === '') { throw new Error('empty'); }"
            + " return s + s; }};";
    private static final String FUNCTION = "(function (s) { return lib.twice(s); })";

    @Test
    void aMissingNodeIsAClearFailure() {
        JsEngine.EngineFailure failure = assertThrows(JsEngine.EngineFailure.class,
                () -> new NodeJs("/nonexistent/node").start());
        assertTrue(failure.getMessage().startsWith("cannot start /nonexistent/node"), failure.getMessage());
    }

    /** Node killed between calls: the function loads into a new Node, then into GraalJS; no process is left. */
    @Test
    void aStoppedNodeIsRestartedThenReplaced() throws Exception {
        NodeJs node = new NodeJs("node").start();
        JsFunction render = JsEngines.fallback(LIBRARY, FUNCTION, node);
        assertEquals("x^2x^2", render.call("x^2"));
        List<Long> killed = new ArrayList<>();
        for (int kill = 0; kill < 2; kill++) {
            Process process = node.process();
            killed.add(process.pid());
            process.destroyForcibly().waitFor();
            assertEquals("x^2x^2", render.call("x^2"));
        }
        assertEquals(null, node.process(), "the second stop moved the function to GraalJS");
        assertFalse(ProcessHandle.current().children().anyMatch(child -> killed.contains(child.pid())));
        assertEquals("empty", assertThrows(IllegalArgumentException.class, () -> render.call("")).getMessage());
    }

    /** The dev server closes Node whenever it replaces its builder: a deliberate restart is no reason to leave Node. */
    @Test
    void aClosedNodeStartsAgainOnTheNextCall() {
        NodeJs node = new NodeJs("node").start();
        JsFunction render = JsEngines.fallback(LIBRARY, FUNCTION, node);
        for (int i = 0; i < 3; i++) {
            node.close();
            assertEquals("abab", render.call("ab"));
            assertTrue(node.process().isAlive(), "still in Node");
        }
        node.close();
    }
}
