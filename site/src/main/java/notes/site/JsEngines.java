package notes.site;

/**
 * Picks the JavaScript engine for KaTeX and highlight.js, as ExecJS picks a runtime: Node when {@code node} is on the
 * PATH (V8 compiles: about 0.2 ms a formula), else GraalJS (a Maven dependency, interpreted on a stock JDK: about 4 ms).
 * {@code -Dnotes.js=graaljs} or {@code =node} chooses one. The output is the same either way; the engine that runs
 * is logged once. If Node stops during a build, its functions load again in GraalJS and the build goes on.
 */
final class JsEngines {
    /** The system property that chooses an engine: {@code node} or {@code graaljs}. */
    static final String PROPERTY = "notes.js";

    private static JsEngine chosen;

    private JsEngines() {
    }

    /** {@code function} of {@code script} in the chosen engine, falling back to GraalJS if that engine stops. */
    static JsFunction load(String script, String function) {
        return fallback(script, function, engine());
    }

    /** {@code function} of {@code script} loaded in {@code engine}, reloaded (or in GraalJS) if the engine stops. */
    static JsFunction fallback(String script, String function, JsEngine engine) {
        return new Fallback(script, function, engine);
    }

    static synchronized JsEngine engine() {
        if (chosen == null) {
            String[] why = {""};
            chosen = choose(System.getProperty(PROPERTY, ""), why);
            System.out.println("JavaScript for KaTeX and highlight.js: " + chosen.name() + why[0]);
        }
        return chosen;
    }

    /** The engine {@code wanted} names, else Node, else GraalJS; {@code why[0]} gets the reason for GraalJS. */
    private static JsEngine choose(String wanted, String[] why) {
        if (wanted.equals("graaljs")) {
            why[0] = " (-D" + PROPERTY + "=graaljs)";
            return new GraalJs();
        }
        try {
            return new NodeJs("node").start();
        } catch (JsEngine.EngineFailure noNode) {
            if (wanted.equals("node")) {
                throw noNode;
            }
            why[0] = " (no Node: " + noNode.getMessage() + "; install Node for builds about 20 times faster)";
            return new GraalJs();
        }
    }

    /** Stops Node, if it runs (the dev server's builder does when it is replaced); the next load starts it again. */
    static synchronized void close() {
        if (chosen != null) {
            chosen.close();
        }
    }

    /**
     * A function that survives its engine stopping: it loads again in the same engine (Node starts anew: a dev server
     * runs for hours), and if that engine stops again, in GraalJS, rather than failing the build.
     */
    private static final class Fallback implements JsFunction {
        private final String script;
        private final String function;
        private final JsEngine engine;
        private JsFunction current;
        private int reloads;

        Fallback(String script, String function, JsEngine engine) {
            this.script = script;
            this.function = function;
            this.engine = engine;
            this.current = engine.load(script, function);
        }

        @Override
        public String call(Object... args) {
            JsFunction now;
            synchronized (this) {
                now = current;
            }
            try {
                return now.call(args);
            } catch (JsEngine.EngineFailure stopped) {
                return reload(now, stopped).call(args);
            }
        }

        private synchronized JsFunction reload(JsFunction failed, JsEngine.EngineFailure stopped) {
            if (current != failed) {
                return current; // another thread has reloaded it
            }
            if (stopped instanceof JsEngine.Restarted) {
                current = engine.load(script, function);
                return current;
            }
            if (reloads >= 2 || engine instanceof GraalJs) {
                throw stopped;
            }
            reloads++;
            if (reloads == 1) {
                try {
                    current = engine.load(script, function);
                    return current;
                } catch (JsEngine.EngineFailure again) {
                    reloads++;
                }
            }
            System.out.println("warning: " + stopped.getMessage() + "; GraalJS renders the rest");
            current = new GraalJs().load(script, function);
            return current;
        }
    }
}
