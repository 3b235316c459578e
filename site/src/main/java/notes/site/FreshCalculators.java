package notes.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A site build over calculator classes compiled after the dev server started. The JVM cannot reload the classes it
 * has, and the forms are generated from the calculators' declarations, so without this a new calculator would be
 * "unknown" and a changed label stale until the server restarts. A class loader that looks in the given class
 * folders or jars first for this project's classes ({@code notes.*}, except {@link SiteBuild}) and leaves every
 * library to the server's loader (GraalJS's native library can be loaded only once per JVM) gives a
 * {@link SiteBuilder} that sees the new declarations; its service files are its own, so {@code ServiceLoader}
 * finds each calculator once.
 */
final class FreshCalculators {
    private static final String SERVICES = "META-INF/services/notes.";

    private FreshCalculators() {
    }

    /**
     * A {@link SiteBuilder} (kept for rebuilds) whose calculators and site classes come from {@code classes} first
     * (the calculators' compiled classes; the site's own classes are added after them).
     */
    static SiteBuild siteBuilder(List<Path> classes, Path root, Path output, Path scripts) {
        ClassLoader loader = new ProjectFirst(urls(classes), FreshCalculators.class.getClassLoader());
        try {
            Object builder = loader.loadClass(SiteBuilder.class.getName())
                    .getConstructor(Path.class, Path.class, Path.class).newInstance(root, output, scripts);
            builder.getClass().getMethod("keepForRebuilds").invoke(builder);
            return new InLoader((SiteBuild) builder, loader);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
            throw new IllegalStateException("cannot load the site build from " + classes + ": " + cause, cause);
        }
    }

    private static URL[] urls(List<Path> classes) {
        List<URL> urls = new ArrayList<>();
        try {
            for (Path p : classes) {
                urls.add(p.toUri().toURL());
            }
            urls.add(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        return urls.toArray(new URL[0]);
    }

    /** Looks in its own URLs first for {@code notes.*} classes and service files, in its parent for the rest. */
    private static final class ProjectFirst extends URLClassLoader {
        ProjectFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("notes.") || name.equals(SiteBuild.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            // The parent's service files name the same classes again: ServiceLoader would find each one twice.
            return name.startsWith(SERVICES) ? findResources(name) : super.getResources(name);
        }
    }

    /** Runs each call with the fresh loader as the context loader, which ServiceLoader.load(Class) consults. */
    private record InLoader(SiteBuild delegate, ClassLoader loader) implements SiteBuild {
        @Override
        public List<String> build() throws IOException {
            return in(delegate::build);
        }

        @Override
        public List<String> rebuild(Collection<Path> changed) throws IOException {
            return in(() -> delegate.rebuild(changed));
        }

        @Override
        public Map<String, Long> timings() {
            return delegate.timings();
        }

        @Override
        public Path output() {
            return delegate.output();
        }

        @Override
        public void close() {
            delegate.close();
        }

        private <T> T in(Callable<T> call) throws IOException {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return call.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }
}
