package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What happens when Node is missing or stops, and that a script's error reads the same in both engines (the
 * byte-for-byte comparison over every formula is {@link JsEnginesIT}).
 */
class JsEnginesTest {
    private static final String KATEX = Webjars.read(MathRenderer.WEBJAR + "katex.min.js");

    /**
     * KaTeX's own errors (undefined control sequence, unbalanced braces, strict mode's Unicode rule); every message
     * starts "KaTeX parse error: " (KaTeX's src/ParseError.js).
     */
    @Test
    void katexErrorsReadTheSameInBothEngines() {
        NodeJs node = new NodeJs("node").start();
        try {
            JsFunction inNode = node.load(KATEX, MathRenderer.FUNCTION);
            JsFunction inGraal = new GraalJs().load(KATEX, MathRenderer.FUNCTION);
            for (String bad : List.of("\\frac{1}{", "\\notacommand x", "x^", "é", "\\left( x")) {
                String message = assertThrows(IllegalArgumentException.class, () -> inGraal.call(bad, false))
                        .getMessage();
                assertTrue(message.startsWith("KaTeX parse error: "), message);
                assertEquals(message, assertThrows(IllegalArgumentException.class, () -> inNode.call(bad, false))
                        .getMessage());
            }
        } finally {
            node.close();
        }
    }

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
        JsFunction render = JsEngines.fallback(KATEX, MathRenderer.FUNCTION, node);
        String expected = render.call("x^2", false);
        List<Long> killed = new ArrayList<>();
        for (int kill = 0; kill < 2; kill++) {
            Process process = node.process();
            killed.add(process.pid());
            process.destroyForcibly().waitFor();
            assertEquals(expected, render.call("x^2", false));
        }
        assertEquals(null, node.process(), "the second stop moved the function to GraalJS");
        assertFalse(ProcessHandle.current().children().anyMatch(child -> killed.contains(child.pid())));
        assertThrows(IllegalArgumentException.class, () -> render.call("\\frac{1}{", false));
    }

}
