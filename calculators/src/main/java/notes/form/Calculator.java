package notes.form;

/**
 * A calculator: its {@link Declaration} and its compute function over the domain code. Implementations are plain
 * Java (no browser types) with a public no-argument constructor, registered for {@link java.util.ServiceLoader}
 * with {@code @AutoService(Calculator.class)}; the site, the page bundle, the command line and the contract tests
 * all find them through {@link Registry}, so a new calculator needs no list edited anywhere.
 */
public interface Calculator {
    /** The fields, outputs, name and title; the same object on every call. */
    Declaration declaration();

    /**
     * Computes all outputs from fields already checked against the declaration, or reports every field that has to
     * change (see {@link Fields#invalid()}); never throws for any input a reader can type.
     */
    Result compute(Fields in);
}
