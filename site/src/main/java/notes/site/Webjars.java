package notes.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Where a webjar's files are, from the version Maven put on the classpath (site/pom.xml is the one place a
 * version is written).
 */
final class Webjars {
    private Webjars() {
    }

    /** {@code META-INF/resources/webjars/ARTIFACT/VERSION/}. */
    static String root(String group, String artifact) {
        String properties = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + group + ":" + artifact + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/" + artifact + "/" + p.getProperty("version") + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a webjar as text, for example {@code read(root(...) + "dist/katex.min.js")}. */
    static String read(String path) {
        try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
