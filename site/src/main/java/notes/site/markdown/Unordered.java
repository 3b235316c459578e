package notes.site.markdown;

import java.util.Set;

import com.vladsch.flexmark.util.dependency.Dependent;

/**
 * flexmark's {@link Dependent} for a parser factory that needs no ordering against other extensions and affects only
 * its own blocks or spans (what every one of this package's factories declares).
 */
interface Unordered extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
