package notes.site;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Work spread over the common fork-join pool with the caller's context class loader. The pool's threads otherwise
 * keep whatever loader they started with: under Maven's {@code exec:java} that is Maven's own, which cannot see the
 * calculators, so {@code ServiceLoader} (the calculator registry, JBake's engines) found none when a worker asked
 * first and the build failed with "unknown calculator".
 */
final class Parallel {
    private Parallel() {
    }

    /** {@code work} applied to each item in parallel, results in the items' order. */
    static <T, R> List<R> map(Collection<T> items, Function<T, R> work) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return items.parallelStream().map(item -> {
            Thread worker = Thread.currentThread();
            ClassLoader before = worker.getContextClassLoader();
            worker.setContextClassLoader(loader);
            try {
                return work.apply(item);
            } finally {
                worker.setContextClassLoader(before);
            }
        }).collect(Collectors.toList());
    }
}
