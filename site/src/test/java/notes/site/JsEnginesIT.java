package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import notes.site.markdown.DisplayMath;
import notes.site.markdown.InlineMath;

/**
 * Node and GraalJS give byte-identical KaTeX and highlight.js output (the same webjar files run in both): every
 * formula and code block in content/, the benchmark corpus's, formulas KaTeX rejects (the error text too), and this
 * repository's own sources as code in several languages. An integration test because GraalJS takes about two minutes
 * over content/'s formulas; {@link JsEnginesTest} covers a missing or stopped Node quickly.
 */
class JsEnginesIT {
    private static final NodeJs NODE = new NodeJs("node");
    private static final GraalJs GRAAL = new GraalJs();

    @AfterAll
    static void stopNode() {
        NODE.close();
    }

    @Test
    void katexIsByteIdenticalInNodeAndGraalJs() throws IOException {
        List<Object[]> formulas = new ArrayList<>();
        List<String> bodies = new ArrayList<>(contentBodies());
        for (int i = 0; i < 40; i++) {
            bodies.add(Corpus.body(i * 37));
        }
        for (String body : bodies) {
            forEach(body, node -> {
                if (node instanceof InlineMath m) {
                    formulas.add(new Object[] {m.tex(), m.display()});
                } else if (node instanceof DisplayMath m) {
                    formulas.add(new Object[] {m.tex(), true});
                }
            });
        }
        // KaTeX's own errors (undefined control sequence, unbalanced braces, strict mode's Unicode rule): same text.
        for (String bad : List.of("\\frac{1}{", "\\notacommand x", "x^", "é", "\\left( x")) {
            formulas.add(new Object[] {bad, false});
        }
        assertTrue(formulas.size() > 400, "formulas found: " + formulas.size());
        String katex = Webjars.read(MathRenderer.WEBJAR + "katex.min.js");
        assertSame(results(GRAAL.load(katex, MathRenderer.FUNCTION), formulas),
                results(NODE.start().load(katex, MathRenderer.FUNCTION), formulas));
    }

    @Test
    void highlightJsIsByteIdenticalInNodeAndGraalJs() throws IOException {
        List<Object[]> blocks = new ArrayList<>();
        for (String body : contentBodies()) {
            forEach(body, node -> {
                if (node instanceof FencedCodeBlock code) {
                    blocks.add(new Object[] {code.getInfo().toString(), code.getContentChars().toString()});
                }
            });
        }
        blocks.add(new Object[] {"java", "int total = 0;\nfor (int k = 0; k < 7; k++) {\n    total += k;\n}\n"});
        blocks.add(new Object[] {"no-such-language", "x"});
        for (String file : List.of("site/src/main/java/notes/site/NodeJs.java", "assets/js/calculator.js",
                "site/src/main/resources/notes/site/node-engine.js", "site/pom.xml", "netlify.toml",
                "jbake.properties", "README.md")) {
            String language = file.substring(file.lastIndexOf('.') + 1).replace("md", "markdown")
                    .replace("properties", "ini");
            String text = Files.readString(Repo.root().resolve(file));
            blocks.add(new Object[] {language, text.substring(0, Math.min(text.length(), 4000))});
        }
        String hljs = Webjars.read(CodeHighlighter.SCRIPT);
        assertSame(results(GRAAL.load(hljs, CodeHighlighter.FUNCTION), blocks),
                results(NODE.start().load(hljs, CodeHighlighter.FUNCTION), blocks));
    }

    /** Each result equal, reporting the first input that differs rather than megabytes of HTML. */
    private static void assertSame(List<String> graal, List<String> node) {
        assertEquals(graal.size(), node.size());
        for (int i = 0; i < graal.size(); i++) {
            assertEquals(graal.get(i), node.get(i), "result " + i);
        }
    }

    private static List<String> results(JsFunction function, List<Object[]> inputs) {
        List<String> out = new ArrayList<>();
        for (Object[] args : inputs) {
            try {
                out.add(String.valueOf(function.call(args)));
            } catch (IllegalArgumentException error) {
                out.add("error: " + error.getMessage());
            }
        }
        return out;
    }

    private static List<String> contentBodies() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.root().resolve("content"))) {
            List<String> bodies = new ArrayList<>();
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
                String text = Files.readString(p);
                bodies.add(text.substring(text.indexOf("~~~~~~") + 6));
            }
            return bodies;
        }
    }

    private static void forEach(String markdown, java.util.function.Consumer<Node> visit) {
        new NoteMarkdown(name -> null, null).parse(markdown).getDescendants().forEach(visit);
    }
}
