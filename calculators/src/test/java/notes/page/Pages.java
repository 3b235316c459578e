package notes.page;

import java.util.Map;

import notes.form.Calculator;
import notes.form.Result;
import notes.form.Run;

/** Runs a page calculator as the page and the command line do ({@link Run#compute}). */
final class Pages {
    private Pages() {
    }

    static Result run(Calculator calculator, Map<String, String> fields) {
        return Run.compute(calculator, fields);
    }
}
