package notes.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import notes.base.JsonText;

/**
 * Node ({@code node} on the PATH) as a long-lived child process that compiles the libraries with V8, as Ruby's ExecJS
 * uses the best runtime it finds. One request and one reply per line on its stdin and stdout (node-engine.js); calls
 * take turns. The process ends when {@link #close} is called or when this JVM ends (its stdin closes), so none is
 * left behind; if it stops on its own, a call throws {@link JsEngine.EngineFailure} with its exit code.
 */
final class NodeJs implements JsEngine {
    private static final String DRIVER = "notes/site/node-engine.js";

    private final String executable;
    private Process process;
    private OutputStream in;
    private BufferedReader out;
    private String version;

    /** @param executable {@code node}, or a path to it */
    NodeJs(String executable) {
        this.executable = executable;
    }

    /**
     * Starts Node and waits for its greeting.
     *
     * @throws EngineFailure when there is no such program or it does not answer like node-engine.js
     */
    synchronized NodeJs start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            process = new ProcessBuilder(executable, "-e", Webjars.read(DRIVER))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new EngineFailure("cannot start " + executable + ": " + e.getMessage(), e);
        }
        in = process.getOutputStream();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String greeting = readLine();
        if (!greeting.startsWith("ready ")) {
            close();
            throw new EngineFailure(executable + " answered " + greeting + " instead of its version", null);
        }
        version = greeting.substring("ready ".length());
        return this;
    }

    @Override
    public synchronized JsFunction load(String script, String function) {
        start();
        String number = request("{\"load\":" + JsonText.quote(script) + ",\"fn\":" + JsonText.quote(function) + "}");
        Process loadedIn = process;
        String prefix = "{\"call\":" + number + ",\"args\":[";
        return args -> call(loadedIn, prefix, args);
    }

    private synchronized String call(Process loadedIn, String prefix, Object... args) {
        if (process != loadedIn) {
            throw new Restarted();
        }
        StringJoiner json = new StringJoiner(",", prefix, "]}");
        for (Object a : args) {
            json.add(a instanceof String s ? JsonText.quote(s) : String.valueOf((boolean) (Boolean) a));
        }
        return request(json.toString());
    }

    /** Sends one request line, returns the decoded reply (null for N); a script error becomes IllegalArgumentException. */
    private String request(String line) {
        if (process == null) {
            throw new EngineFailure("node was stopped", null);
        }
        try {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw stopped(e);
        }
        String reply = readLine();
        return switch (reply.charAt(0)) {
            case 'N' -> null;
            case 'R' -> decode(reply);
            case 'E' -> throw new IllegalArgumentException(decode(reply));
            default -> throw new EngineFailure("node answered " + reply, null);
        };
    }

    private String readLine() {
        try {
            String line = out.readLine();
            if (line == null || line.isEmpty()) {
                throw stopped(null);
            }
            return line;
        } catch (IOException e) {
            throw stopped(e);
        }
    }

    private EngineFailure stopped(Throwable cause) {
        Process p = process;
        close();
        String code = p == null || p.isAlive() ? "" : " (exit code " + p.exitValue() + ")";
        return new EngineFailure(executable + " stopped" + code, cause);
    }

    private static String decode(String reply) {
        return new String(Base64.getDecoder().decode(reply.substring(1)), StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "Node " + version;
    }

    /** Closes Node's stdin (it exits), waits for it briefly, then kills it; reaps it either way. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        try {
            p.getOutputStream().close();
        } catch (IOException alreadyGone) {
            // it has ended: waitFor below reaps it
        }
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The process, for tests that end it. */
    synchronized Process process() {
        return process;
    }
}
