package notes.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server a benchmark starts (our dev server, {@code hugo server}), with its output (stdout and stderr) collected.
 * {@link #start} returns once the output holds the ready line and fails as soon as the server cannot get there, with
 * everything it printed: its process exited, or its main thread died on an uncaught exception while other threads
 * (an HTTP server's, a pool's) keep the JVM running. {@link #close} stops it and the processes it started.
 */
final class ServerProcess implements AutoCloseable {
    /** How a JVM reports a main thread that threw: the server is dead even when its process lingers. */
    static final String MAIN_THREAD_DIED = "Exception in thread \"main\"";

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ServerProcess(Process process) {
        this.process = process;
        // A daemon: a child of the server that inherited the pipe may hold it open after the server is gone.
        this.reader = new Thread(this::read, "server output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code command} and waits until its output contains {@code ready}.
     *
     * @throws IllegalStateException when the server exits, its main thread dies or {@code timeout} passes first;
     *     the message holds its output, and the server is stopped
     * @throws IOException when the command cannot be started
     */
    static ServerProcess start(ProcessBuilder command, String ready, Duration timeout)
            throws IOException, InterruptedException {
        ServerProcess server = new ServerProcess(command.redirectErrorStream(true).start());
        try {
            server.awaitOutput(ready, timeout);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    private void awaitOutput(String ready, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.indexOf(ready) < 0) {
            if (!process.isAlive()) {
                reader.join(2_000); // the lines still in the pipe
                if (output.indexOf(ready) >= 0) {
                    break; // printed and stopped at once: requireAlive() says so at the next check
                }
                throw failure("exited with code " + process.exitValue() + " before printing \"" + ready + "\"");
            }
            if (output.indexOf(MAIN_THREAD_DIED) >= 0) {
                Thread.sleep(200); // the rest of the stack trace
                throw failure("main thread died before printing \"" + ready + "\"");
            }
            if (System.nanoTime() > deadline) {
                throw failure("printed no \"" + ready + "\" within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(20);
        }
    }

    /** Fails, with the output, when the server has exited or its main thread died since it was ready. */
    void requireAlive() {
        if (!process.isAlive()) {
            try {
                reader.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw failure("exited with code " + process.exitValue());
        }
        if (output.indexOf(MAIN_THREAD_DIED) >= 0) {
            throw failure("main thread died");
        }
    }

    /** Everything the server printed so far. */
    String output() {
        return output.toString();
    }

    /** Stops the server and its descendants (Node, a compiler), forcibly after 10 seconds. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList(); // before they are orphaned
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("the server " + what + "; its output:\n" + output);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
            }
        } catch (IOException stopped) {
            // the pipe closed when the server was stopped
        }
    }
}
