package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * scripts/netlify-build on a machine like Netlify's build image: a Java 8 {@code java} first on the PATH, and a JDK
 * tarball served over HTTP (here from a loopback server, with a stand-in JDK whose java only reports version 17).
 */
class NetlifyBuildScriptTest {
    private static final String JDK_17_VERSION = "openjdk version \"17.0.99\" 2026-10-21";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();
    private Path oldJavaBin;

    @BeforeEach
    void serveAJdkAndPutJava8OnThePath() throws Exception {
        Path tarball = standInJdk();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jdk.tar.gz", exchange -> {
            downloads.incrementAndGet();
            byte[] body = Files.readAllBytes(tarball);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        oldJavaBin = Files.createDirectories(dir.resolve("java8/bin"));
        executable(oldJavaBin.resolve("java"), "echo 'openjdk version \"1.8.0_392\"' >&2");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void provisionsJdk17OnceAndThenUsesTheCachedOne() throws Exception {
        Run first = run(jdkUrl(), "sh", "-c", "java -version; echo JAVA_HOME=$JAVA_HOME");
        assertEquals(0, first.status, first.output);
        assertTrue(first.output.contains("java on the PATH is version 8; fetching JDK 17"), first.output);
        assertTrue(first.output.contains(JDK_17_VERSION), "the build runs with the new JDK: " + first.output);
        Path cached = dir.resolve("netlify/cache/reading-notes/jdk-17");
        assertTrue(first.output.contains("JAVA_HOME=" + cached), first.output);
        assertEquals(1, downloads.get());

        Run second = run(jdkUrl(), "java", "-version");
        assertEquals(0, second.status, second.output);
        assertTrue(second.output.contains("using the cached JDK"), second.output);
        assertTrue(second.output.contains(JDK_17_VERSION), second.output);
        assertEquals(1, downloads.get(), "the second build downloads nothing");
    }

    @Test
    void aFailedDownloadStopsTheBuildWithItsReasonAndLeavesNoHalfJdk() throws Exception {
        Run run = run("http://127.0.0.1:" + server.getAddress().getPort() + "/missing.tar.gz", "java", "-version");
        assertEquals(1, run.status, run.output);
        assertTrue(run.output.contains("could not download or unpack a JDK from http://127.0.0.1:"), run.output);
        assertFalse(Files.exists(dir.resolve("netlify/cache/reading-notes/jdk-17")), "no JDK kept");
        assertFalse(Files.exists(dir.resolve("netlify/cache/reading-notes/jdk-17.partial")), "nothing half unpacked");
    }

    @Test
    void aJava17OnThePathIsUsedAsItIs() throws Exception {
        Path newJavaBin = Files.createDirectories(dir.resolve("java17/bin"));
        executable(newJavaBin.resolve("java"), "echo '" + JDK_17_VERSION.replace("17.0.99", "17.0.15") + "' >&2");
        Run run = run(jdkUrl(), newJavaBin, "java", "-version");
        assertEquals(0, run.status, run.output);
        assertTrue(run.output.contains("17.0.15"), run.output);
        assertEquals(0, downloads.get());
    }

    private String jdkUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jdk.tar.gz";
    }

    private Run run(String jdkUrl, String... command) throws Exception {
        return run(jdkUrl, oldJavaBin, command);
    }

    private Run run(String jdkUrl, Path javaBin, String... command) throws Exception {
        String[] full = new String[command.length + 1];
        full[0] = Repo.root().resolve("scripts/netlify-build").toString();
        System.arraycopy(command, 0, full, 1, command.length);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", javaBin + ":/usr/bin:/bin");
        env.put("NETLIFY_BUILD_BASE", dir.resolve("netlify").toString());
        env.put("JDK_URL", jdkUrl);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private record Run(int status, String output) {
    }

    /** A .tar.gz with one top folder, as JDK releases are packed, whose bin/java reports version 17. */
    private Path standInJdk() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk-src/jdk-17.0.99+7/bin"));
        executable(bin.resolve("java"), "echo '" + JDK_17_VERSION + "' >&2");
        Path tarball = dir.resolve("jdk.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", dir.resolve("jdk-src").toString(),
                "jdk-17.0.99+7").inheritIO().start();
        assertEquals(0, tar.waitFor());
        return tarball;
    }

    private static void executable(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
