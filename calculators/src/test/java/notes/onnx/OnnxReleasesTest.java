package notes.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import notes.onnx.OnnxReleases.Domain;
import notes.onnx.OnnxReleases.Release;

/**
 * {@link OnnxReleases} against ONNX's own versioning document: a vendored, unmodified copy of onnx/onnx
 * {@code docs/Versioning.md} at commit f7546912 (test resource {@code onnx-versioning/}, Apache-2.0, see its README).
 */
class OnnxReleasesTest {
    @Test
    void everyRowEqualsTheReleasedVersionsTableOfVersioningMd() throws IOException {
        List<Release> document = releasedVersions();
        // The table at that commit lists 33 releases, 1.0 to 1.22.0 (count of its data rows).
        assertEquals(33, document.size());
        assertEquals(document, OnnxReleases.all());
    }

    @Test
    void rowsReadOffTheDocumentByHand() {
        // docs/Versioning.md, "Released Versions": "1.8.0|7|13|2|1", "1.14.0|9|19|3|1", "1.16.0|10|21|5|1",
        // "1.0|3|1|1|-" (no ai.onnx.training opset before 1.7.0).
        assertEquals(new Release("1.8.0", 7, 13, 2, 1), OnnxReleases.byVersion("1.8.0"));
        assertEquals(new Release("1.14.0", 9, 19, 3, 1), OnnxReleases.byVersion("1.14.0"));
        assertEquals(new Release("1.16.0", 10, 21, 5, 1), OnnxReleases.byVersion("1.16.0"));
        assertEquals(new Release("1.0", 3, 1, 1, OnnxReleases.NONE), OnnxReleases.byVersion("1.0"));
        assertNull(OnnxReleases.byVersion("1.14"));
    }

    @Test
    void firstReleasesOfAnOpsetAndAnIrVersion() {
        // The source post's model declared ai.onnx opset 14: "1.9.0|7|14|2|1" is the first row with 14.
        assertEquals("1.9.0", OnnxReleases.firstWithOpset(Domain.AI_ONNX, 14).version());
        // No row has ai.onnx opset 2 to 4 (1.0 has 1, 1.1 has 5): 1.1 is the first release that holds opset 4.
        assertEquals("1.1", OnnxReleases.firstWithOpset(Domain.AI_ONNX, 4).version());
        // ai.onnx.ml 3 first appears in "1.11.0|8|16|3|1"; ai.onnx.training 1 in "1.7.0|7|12|2|1".
        assertEquals("1.11.0", OnnxReleases.firstWithOpset(Domain.AI_ONNX_ML, 3).version());
        assertEquals("1.7.0", OnnxReleases.firstWithOpset(Domain.AI_ONNX_TRAINING, 1).version());
        // IR 10 first in "1.16.0|10|21|5|1", last in "1.17.0|10|22|5|1".
        assertEquals("1.16.0", OnnxReleases.firstWithIr(10).version());
        assertEquals("1.17.0", OnnxReleases.lastWithIr(10).version());
        // The newest row is "1.22.0|13|27|5|1": opset 28 and IR 14 are in no release of the table.
        assertNull(OnnxReleases.firstWithOpset(Domain.AI_ONNX, 28));
        assertNull(OnnxReleases.firstWithIr(14));
        assertEquals("1.22.0", OnnxReleases.newest().version());
    }

    /** The rows of the "## Released Versions" table, "-" read as {@link OnnxReleases#NONE}. */
    private static List<Release> releasedVersions() throws IOException {
        List<Release> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : versioningMd().split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals("## Released Versions");
            } else if (inSection && line.matches("\\d+\\.\\d+(\\.\\d+)?\\|.*")) {
                String[] cells = line.trim().split("\\|");
                assertEquals(5, cells.length, line);
                rows.add(new Release(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]),
                        Integer.parseInt(cells[3]), cells[4].equals("-") ? OnnxReleases.NONE
                        : Integer.parseInt(cells[4])));
            }
        }
        assertTrue(!rows.isEmpty(), "no Released Versions table found");
        return rows;
    }

    private static String versioningMd() throws IOException {
        try (InputStream in = OnnxReleasesTest.class.getResourceAsStream("/onnx-versioning/Versioning.md")) {
            assertNotNull(in, "test resource onnx-versioning/Versioning.md");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
