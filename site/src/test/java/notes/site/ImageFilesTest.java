package notes.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image sizes read when the site is built. The raster files were drawn and encoded by Chromium at the sizes in their
 * names (src/test/resources/images/README.md); the SVG sizes are those SVG 2 gives an image element's root.
 */
class ImageFilesTest {
    @TempDir
    Path assets;
    private ImageFiles images;

    @BeforeEach
    void copyFixtures() throws IOException {
        Files.createDirectories(assets.resolve("img"));
        for (String name : new String[] {"png-37x21.png", "jpeg-45x30.jpg", "webp-lossy-29x17.webp",
                "webp-lossless-33x19.webp", "webp-simple-lossy-29x17.webp", "webp-simple-lossless-33x19.webp"}) {
            try (InputStream in = getClass().getResourceAsStream("/images/" + name)) {
                Files.copy(in, assets.resolve("img/" + name));
            }
        }
        images = new ImageFiles(assets);
    }

    @Test
    void rasterSizesComeFromTheFiles() {
        assertArrayEquals(new int[] {37, 21}, images.read("notes/a.html", "../img/png-37x21.png"));
        assertArrayEquals(new int[] {45, 30}, images.read("notes/a.html", "../img/jpeg-45x30.jpg"));
    }

    /** WebP Container Specification: the extended (VP8X) and both simple layouts (VP8 lossy, VP8L lossless). */
    @Test
    void webpSizesComeFromEachLayout() {
        assertArrayEquals(new int[] {29, 17}, images.read("notes/a.html", "../img/webp-lossy-29x17.webp"));
        assertArrayEquals(new int[] {33, 19}, images.read("notes/a.html", "../img/webp-lossless-33x19.webp"));
        assertArrayEquals(new int[] {29, 17}, images.read("notes/a.html", "../img/webp-simple-lossy-29x17.webp"));
        assertArrayEquals(new int[] {33, 19}, images.read("notes/a.html", "../img/webp-simple-lossless-33x19.webp"));
    }

    /** SVG 2, 8.2: width and height when given in px or unitless, else the view box's size. */
    @Test
    void svgSizesComeFromWidthHeightOrTheViewBox() throws IOException {
        svg("both.svg", "width=\"640\" height=\"400px\" viewBox=\"0 0 64 40\"");
        svg("box.svg", "viewBox=\"0 0 320.4 180\"");
        svg("percent.svg", "width=\"100%\" height=\"100%\" viewBox=\"10 10 300 200\"");
        svg("nothing.svg", "");
        assertArrayEquals(new int[] {640, 400}, images.read("notes/a.html", "../img/both.svg"));
        assertArrayEquals(new int[] {320, 180}, images.read("notes/a.html", "/img/box.svg"));
        assertArrayEquals(new int[] {300, 200}, images.read("index.html", "img/percent.svg"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> images.read("notes/a.html", "../img/nothing.svg"))
                .getMessage().contains("viewBox"));
    }

    @Test
    void missingOutsideOrForeignImagesAreRefused() {
        String missing = assertThrows(IllegalArgumentException.class,
                () -> images.read("notes/a.html", "../img/none.png")).getMessage();
        assertTrue(missing.contains("assets/img/none.png"), missing);
        assertThrows(IllegalArgumentException.class, () -> images.read("notes/a.html", "../../secret.png"));
        assertThrows(IllegalArgumentException.class, () -> images.read("notes/a.html", "https://example.com/a.png"));
        assertThrows(IllegalArgumentException.class, () -> images.read("notes/a.html", "//example.com/a.png"));
    }

    /** An SVG that declares a DTD could pull in external entities; the reader refuses any DTD. */
    @Test
    void anSvgWithADoctypeIsRefused() throws IOException {
        Files.writeString(assets.resolve("img/xxe.svg"), "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">&x;</svg>");
        assertThrows(IllegalArgumentException.class, () -> images.read("notes/a.html", "../img/xxe.svg"));
    }

    private void svg(String name, String attributes) throws IOException {
        Files.writeString(assets.resolve("img/" + name), "<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes
                + "><rect width=\"1\" height=\"1\"/></svg>");
    }
}
