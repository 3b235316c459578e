package notes.site;

/**
 * A JavaScript engine for the build-time libraries. {@link JsEngines} picks the fastest one on the machine; each
 * loads the same webjar files, so the HTML is the same whichever ran (JsEnginesTest compares them).
 */
interface JsEngine extends AutoCloseable {
    /** Loads {@code script} (a browser library) into a fresh global scope and returns {@code function}, evaluated there. */
    JsFunction load(String script, String function);

    /** For the build log, for example {@code Node v20.20.2}. */
    String name();

    /** Stops the engine (Node's process); a later {@link #load} starts it again. */
    @Override
    void close();

    /** The engine stopped working (not the script's error): the caller may switch to another engine. */
    class EngineFailure extends IllegalStateException {
        EngineFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The engine was closed and started again since the function was loaded: loading it again is all it takes. */
    final class Restarted extends EngineFailure {
        Restarted() {
            super("the engine was restarted since the function was loaded", null);
        }
    }
}
