package notes.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The 652 examples of the CommonMark spec 0.31.2 (npm {@code commonmark-spec}, see
 * {@code src/test/resources/commonmark/README.md}) through the note pipeline ({@link NotePipeline}: the page's own
 * rendering, its intended additions taken out), compared after the spec runner's normalisation
 * ({@link HtmlNormalizer}). flexmark 0.64.8 alone passes 616 of them and 129 of the 132 emphasis examples (issue 15);
 * the notes' extensions (math, directives, CJK-friendly emphasis) must not lose any of that. {@code -Dspec.verbose=true}
 * prints each failing example.
 */
class CommonMarkSpecTest {
    private static final int FLEXMARK_PASSES = 616;
    private static final int FLEXMARK_EMPHASIS_PASSES = 129;
    private static final String EMPHASIS = "Emphasis and strong emphasis";
    /**
     * The examples flexmark 0.64.8 fails by itself (default options, this runner and normalisation; 616 pass): mostly
     * URL percent-encoding, code span spaces and link reference edge cases. The note pipeline may fail these only.
     */
    private static final java.util.Set<Integer> FLEXMARK_FAILS = java.util.Set.of(20, 28, 32, 33, 138, 146, 171, 195,
            201, 202, 206, 215, 216, 312, 313, 331, 332, 334, 336, 346, 354, 416, 417, 489, 493, 494, 502, 503, 504,
            507, 526, 538, 540, 603, 625, 626);

    @Test
    void theNotePipelinePassesAtLeastWhatFlexmarkPasses() throws IOException {
        JsonNode examples;
        try (InputStream in = getClass().getResourceAsStream("/commonmark/spec-0.31.2.json")) {
            examples = new ObjectMapper().readTree(in);
        }
        List<Integer> failed = new ArrayList<>();
        int passed = 0;
        int emphasisPassed = 0;
        for (JsonNode example : examples) {
            String expected = HtmlNormalizer.normalize(example.get("html").asText());
            String actual = HtmlNormalizer.normalize(NotePipeline.render(example.get("markdown").asText()));
            if (expected.equals(actual)) {
                passed++;
                emphasisPassed += EMPHASIS.equals(example.get("section").asText()) ? 1 : 0;
            } else {
                failed.add(example.get("example").asInt());
                if (Boolean.getBoolean("spec.verbose")) {
                    System.out.println("#" + example.get("example") + "\n  md: " + example.get("markdown")
                            + "\n  ex: " + expected + "\n  got: " + actual);
                }
            }
        }
        String report = passed + " of " + examples.size() + " pass, emphasis " + emphasisPassed + " of 132; failing: "
                + failed;
        System.out.println("CommonMark spec 0.31.2 through the note pipeline: " + report);
        assertTrue(passed >= FLEXMARK_PASSES, report);
        assertTrue(FLEXMARK_FAILS.containsAll(failed), "fails where flexmark passes: " + report);
        assertTrue(emphasisPassed >= FLEXMARK_EMPHASIS_PASSES, report);
    }
}
