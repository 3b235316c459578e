package notes.site;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * GraalJS, the engine that is always there (a Maven dependency): one engine per JVM, shared by the libraries' contexts
 * so they share its start-up. On a JDK without Graal's compiler it interprets (about 20 times slower than V8), which its
 * warning would only repeat; {@link JsEngines} prefers Node when there is one.
 */
final class GraalJs implements JsEngine {
    private static Engine engine;

    @Override
    public JsFunction load(String script, String function) {
        Context context = Context.newBuilder("js").engine(engine()).build();
        context.eval("js", "var window = globalThis; var self = globalThis;");
        context.eval(Source.create("js", script));
        Value loaded = context.eval("js", function);
        return args -> call(context, loaded, args);
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        }
        return engine;
    }

    /** A context runs on one thread at a time: calls from parallel page renders take turns. */
    private static String call(Context context, Value function, Object... args) {
        synchronized (context) {
            try {
                Value result = function.execute(args);
                return result.isNull() ? null : result.asString();
            } catch (PolyglotException e) {
                if (e.isGuestException()) {
                    throw new IllegalArgumentException(message(e), e);
                }
                throw new EngineFailure("GraalJS failed: " + e.getMessage(), e);
            }
        }
    }

    /** The thrown error's message, as Node's side gives it: the engines name a subclass of Error differently. */
    private static String message(PolyglotException e) {
        Value thrown = e.getGuestObject();
        return thrown != null && thrown.hasMember("message") ? thrown.getMember("message").toString() : e.getMessage();
    }

    @Override
    public String name() {
        return "GraalJS " + engine().getVersion() + " (interpreted)";
    }

    @Override
    public void close() {
        // The shared engine lives as long as the JVM; contexts are released with their functions.
    }
}
