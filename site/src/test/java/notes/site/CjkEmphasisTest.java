package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import notes.Oracles;

/**
 * Emphasis next to CJK text: every case of {@code ../shared/oracles/markdown-cjk/cases.jsonl} through the note
 * pipeline must give the HTML that markdown-it 15.0.3 with markdown-it-cjk-friendly 3.0.0 gives
 * ({@code cjk_friendly_html}), compared after the normalisation that the folder's README describes.
 */
class CjkEmphasisTest {
    @TestFactory
    Stream<DynamicTest> everyCaseRendersAsTheAmendmentSays() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(Oracles.dir().resolve("markdown-cjk/cases.jsonl"))) {
            JsonNode c = json.readTree(line);
            String markdown = c.get("markdown").asText();
            String expected = c.get("cjk_friendly_html").asText();
            tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " " + markdown.strip(), () -> assertEquals(
                    HtmlNormalizer.normalize(expected), HtmlNormalizer.normalize(NotePipeline.render(markdown)),
                    c.get("source").asText())));
        }
        return tests.stream();
    }
}
