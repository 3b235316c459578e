package notes.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' server start fails instead of waiting when the server cannot become ready, and says why with the
 * server's output. The servers are POSIX shell scripts standing in for the dev server. The ten-minute wait is the
 * benchmark's; the one-minute guard only turns a hang into a failure.
 */
class ServerProcessTest {
    private static final Duration BENCHMARK_WAIT = Duration.ofMinutes(10);
    private static final Duration HANG_GUARD = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private static ProcessBuilder sh(String script) {
        return new ProcessBuilder("sh", "-c", script);
    }

    @Test
    void aServerThatExitsBeforeItIsReadyFailsWithItsOutput() {
        IllegalStateException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(IllegalStateException.class,
                () -> ServerProcess.start(sh("echo building; echo 'port 8080 is in use' >&2; exit 3"), "serving",
                        BENCHMARK_WAIT)));
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("building\nport 8080 is in use"), e.getMessage());
    }

    /** A JVM whose main thread threw keeps running while an HTTP server's thread lives: it is stopped, not awaited. */
    @Test
    void aServerWhoseMainThreadDiedFailsAndIsStopped() throws Exception {
        Path pid = dir.resolve("pid");
        IllegalStateException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(IllegalStateException.class,
                () -> ServerProcess.start(sh("echo $$ > " + pid + "; echo 'Exception in thread \"main\" "
                        + "java.net.BindException: Address already in use' >&2; exec sleep 300"), "serving",
                        BENCHMARK_WAIT)));
        assertTrue(e.getMessage().contains("main thread died") && e.getMessage().contains("BindException"),
                e.getMessage());
        long id = Long.parseLong(Files.readString(pid).trim());
        assertFalse(ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false), "the lingering server is stopped");
    }

    @Test
    void aServerThatNeverBecomesReadyFailsAtTheTimeout() {
        IllegalStateException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(IllegalStateException.class,
                () -> ServerProcess.start(sh("echo still building; exec sleep 300"), "serving",
                        Duration.ofMillis(300))));
        assertTrue(e.getMessage().contains("printed no \"serving\"") && e.getMessage().contains("still building"),
                e.getMessage());
    }

    /** Ready, then gone: the edit loop's check fails with the output; close() stops the server's children too. */
    @Test
    void aReadyServerThatDiesLaterFailsTheNextCheck() throws Exception {
        Path child = dir.resolve("child");
        try (ServerProcess server = ServerProcess.start(sh("sleep 300 & echo $! > " + child
                + "; echo 'serving http://127.0.0.1 (Ctrl-C to stop)'; wait"), "(Ctrl-C to stop)", BENCHMARK_WAIT)) {
            server.requireAlive();
            assertTrue(server.output().contains("serving http://127.0.0.1"), server.output());
            long childId = Long.parseLong(Files.readString(child).trim());
            server.close();
            assertFalse(ProcessHandle.of(childId).map(ProcessHandle::isAlive).orElse(false), "its child is stopped");
            IllegalStateException e = assertThrows(IllegalStateException.class, server::requireAlive);
            assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
        }
        try (ServerProcess server = ServerProcess.start(sh("echo ready; sleep 0.2; echo 'out of memory' >&2; exit 4"),
                "ready", BENCHMARK_WAIT)) {
            IllegalStateException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
                    IllegalStateException.class, () -> {
                        while (true) {
                            server.requireAlive();
                            Thread.sleep(20);
                        }
                    }));
            assertTrue(e.getMessage().contains("exited with code 4") && e.getMessage().contains("out of memory"),
                    e.getMessage());
        }
    }
}
