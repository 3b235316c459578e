package notes.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every calculator on the class path, found by {@link ServiceLoader} (TeaVM reads the same service files when it
 * compiles the page bundle), in name order. Registration is the {@code @AutoService(Calculator.class)} annotation
 * on the class, which writes {@code META-INF/services/notes.form.Calculator} at compile time.
 */
public final class Registry {
    private static Map<String, Calculator> all;

    private Registry() {
    }

    /**
     * Calculators by name, sorted by name.
     *
     * @throws IllegalStateException when two share a name or a declaration is inconsistent
     *                               ({@link Declaration#problems()}), so a mistake fails the first test or build
     */
    public static synchronized Map<String, Calculator> all() {
        if (all == null) {
            List<Calculator> found = new ArrayList<>();
            for (Calculator c : ServiceLoader.load(Calculator.class)) {
                found.add(c);
            }
            found.sort(Comparator.comparing(c -> c.declaration().name()));
            Map<String, Calculator> byName = new LinkedHashMap<>();
            for (Calculator c : found) {
                if (!c.declaration().problems().isEmpty()) {
                    throw new IllegalStateException(String.join("; ", c.declaration().problems()));
                }
                if (byName.put(c.declaration().name(), c) != null) {
                    throw new IllegalStateException("two calculators are named " + c.declaration().name());
                }
            }
            all = byName;
        }
        return all;
    }

    /** The calculator named {@code name}, or null. */
    public static Calculator byName(String name) {
        return all().get(name);
    }
}
