package notes.site;

/** A function of a browser library (KaTeX, highlight.js) loaded into a {@link JsEngine}. */
@FunctionalInterface
interface JsFunction {
    /**
     * Calls the function with strings and booleans; returns its result as a string, or null when it returned null.
     *
     * @throws IllegalArgumentException with the script's error text ({@code ParseError: KaTeX parse error: ...}) when
     *                                  the function threw
     * @throws JsEngine.EngineFailure  when the engine itself stopped (Node's process ended)
     */
    String call(Object... args);
}
