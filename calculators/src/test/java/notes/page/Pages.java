package notes.page;

import java.util.Map;

import notes.form.Calculator;
import notes.form.Result;
import notes.form.Run;

/** Runs a page calculator as the page and the command line do ({@link Run#compute}). */
final class Pages {
    private Pages() {
    }

    static Result run(Object calculator, Map<String, String> fields) {
        if (calculator instanceof Calculator c) {
            return Run.compute(c, fields);
        }
        return ((notes.form.LegacyCalculator) calculator).compute(new notes.form.LegacyFields(fields));
    }
}
