package notes.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle counts as up to date only while the classes and POMs are those its stamp was written for (no Maven run
 * here: the stamp is written as a compile would write it).
 */
class CalculatorBundleTest {

    @Test
    void staleWhenAClassOrAPomChanges(@TempDir Path root) throws IOException {
        Path scripts = root.resolve("web/target/js");
        write(root.resolve("pom.xml"), "<project/>");
        write(root.resolve("web/pom.xml"), "<project/>");
        write(root.resolve("calculators/target/classes/notes/A.class"), "one");
        write(scripts.resolve(SiteBuilder.BUNDLE), "export function mount() {}");
        CalculatorBundle bundle = new CalculatorBundle(root, scripts);
        assertFalse(bundle.upToDate(), "no stamp: never compiled here");

        write(scripts.resolve(CalculatorBundle.STAMP), bundle.inputsHash());
        assertTrue(bundle.upToDate(), "stamp of these inputs");

        write(root.resolve("calculators/target/classes/notes/A.class"), "two");
        assertFalse(bundle.upToDate(), "a class changed");

        write(scripts.resolve(CalculatorBundle.STAMP), bundle.inputsHash());
        write(root.resolve("web/pom.xml"), "<project><!-- TeaVM 0.16 --></project>");
        assertFalse(bundle.upToDate(), "TeaVM's settings changed");
    }

    @Test
    void onlyAProjectCheckoutCompilesItsBundle(@TempDir Path root) throws IOException {
        Path scripts = root.resolve("web/target/js");
        assertFalse(new CalculatorBundle(root, scripts).compilesHere(), "notes alone (the build benchmark's corpus)");
        write(root.resolve("web/pom.xml"), "<project/>");
        assertTrue(new CalculatorBundle(root, scripts).compilesHere(), "the checkout, its own bundle");
        assertFalse(new CalculatorBundle(root, root.resolve("elsewhere")).compilesHere(),
                "a bundle given from elsewhere");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
