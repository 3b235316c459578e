package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Work in the pool sees the caller's context class loader (Maven's exec:java gives the pool's threads its own, so a
 * worker's ServiceLoader found no calculators: a fresh clone's package build failed with "unknown calculator").
 */
class ParallelTest {
    @Test
    void workersUseTheCallersContextLoaderAndKeepTheOrder() throws Exception {
        ClassLoader callers = new ClassLoader(getClass().getClassLoader()) {
        };
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        Object[] result = new Object[1];
        Thread caller = new Thread(() -> result[0] = Parallel.map(items, i -> {
            busy();
            return Thread.currentThread().getContextClassLoader() == callers ? i : -1;
        }));
        caller.setContextClassLoader(callers);
        caller.start();
        caller.join();
        assertEquals(items, result[0]);
        // ... and the pool's threads get their own loader back afterwards (asked with a plain parallel stream)
        long stillCallers = items.parallelStream().filter(i -> {
            busy();
            return Thread.currentThread().getContextClassLoader() == callers;
        }).count();
        assertEquals(0, stillCallers);
    }

    /** Long enough for the pool's workers to take items, not only the caller. */
    private static void busy() {
        long end = System.nanoTime() + 200_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
