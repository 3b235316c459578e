package notes.site;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * GraalJS for the build-time scripts (KaTeX, highlight.js). One engine per JVM, shared by their contexts so they
 * share its start-up; on a JDK without Graal's compiler it interprets, which its warning would only repeat.
 */
final class GraalJs {
    private static Engine engine;

    private GraalJs() {
    }

    /** A new context with {@code script} (a browser library) loaded, and {@code function} evaluated in it. */
    static synchronized org.graalvm.polyglot.Value load(String script, String function) {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        }
        Context context = Context.newBuilder("js").engine(engine).build();
        context.eval("js", "var window = globalThis; var self = globalThis;");
        context.eval(Source.create("js", script));
        return context.eval("js", function);
    }
}
