package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folder a build publishes into, and how a new site replaces the old one without losing anything the build did
 * not write.
 *
 * <p>Two ways, chosen by what the folder holds:
 * <ul>
 *   <li><b>Switched</b> (the folder does not exist, or is the link an earlier build made): each build is written
 *       into a folder of its own beside it ({@code public.builds/N}) and the output path is a symbolic link that is
 *       switched to the new build with one atomic rename. At every instant the path shows one complete site, old or
 *       new, whatever happens to the build process; the previous build is kept so that pages being served from it
 *       stay readable, older ones are removed.</li>
 *   <li><b>In place</b> (the folder is a real folder the reader publishes from, such as a {@code gh-pages} worktree
 *       or a {@code docs/} folder): the folder carries a manifest ({@value #MANIFEST}) of the files the build wrote.
 *       A rebuild moves each new file in with an atomic rename, then removes only files of the old manifest that the
 *       new build no longer writes. {@code .git/}, {@code CNAME}, {@code .nojekyll} and anything else not in the
 *       manifest are kept; a new file that would replace such a file stops the build before anything changes. A
 *       non-empty folder without a manifest is refused.</li>
 * </ul>
 */
final class OutputFolder {
    /** The list of files the build wrote, one path relative to the folder per line, kept in the folder itself. */
    static final String MANIFEST = ".site-manifest";

    private final Path path;
    private final Path builds;
    /** Deletes stale builds while the next one is made ({@link #removeStaleBuildsMeanwhile}); null when none runs. */
    private Thread cleaning;
    private volatile IOException cleaningFailure;

    OutputFolder(Path path) {
        this.path = path.toAbsolutePath().normalize();
        this.builds = this.path.resolveSibling(this.path.getFileName() + ".builds");
    }

    Path path() {
        return path;
    }

    /**
     * Checks that the folder can be published into, before anything is built.
     *
     * @throws OutputRefusedException when it is a non-empty folder without a manifest, with what is in it and how to
     *                                proceed
     */
    void checkPublishable() throws IOException {
        if (Files.isSymbolicLink(path) && !path.getParent().resolve(Files.readSymbolicLink(path)).normalize()
                .startsWith(builds)) {
            throw new OutputRefusedException(path + " is a link to " + Files.readSymbolicLink(path) + ", which no"
                    + " build of this site made; publish into the folder itself (-Dsite.output=...)");
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(path.resolve(MANIFEST))) {
            return;
        }
        List<String> entries = entries(path);
        if (!entries.isEmpty()) {
            throw new OutputRefusedException(path + " already holds files that no build of this site wrote ("
                    + String.join(", ", entries.subList(0, Math.min(5, entries.size())))
                    + (entries.size() > 5 ? ", ... " + entries.size() + " entries" : "") + ") and no "
                    + MANIFEST + " listing what a build wrote there, so building would mix the site with them."
                    + " To publish into this folder and keep them, create an empty " + path.resolve(MANIFEST)
                    + " (the build then keeps every file it does not list); or publish into an empty or new folder"
                    + " (-Dsite.output=...); or, if these are old build files, delete them"
                    + (path.getParent() != null && path.getParent().endsWith("target") ? " (./mvnw clean does)" : "")
                    + " and build again.");
        }
    }

    /** A fresh folder to build the next site into (beside the output, so the final moves are renames). */
    Path staging() throws IOException {
        Path staging = path.resolveSibling(path.getFileName() + ".partial");
        SiteBuilder.deleteTree(staging);
        return staging;
    }

    /** Replaces the published site by the complete site in {@code staging}; see the class comment for how. */
    void publish(Path staging) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            publishInPlace(staging);
        } else {
            publishSwitched(staging);
        }
    }

    /**
     * Starts deleting, on a thread of its own, every build but the one shown now. Publishing keeps only the build it
     * shows and the one shown before it, so these would go then anyway; a build holds thousands of small files (the
     * search index), and deleting them while the notes are checked takes that time out of the build. Publishing
     * waits for it to finish.
     */
    void removeStaleBuildsMeanwhile() throws IOException {
        if (!Files.isSymbolicLink(path) || !Files.isDirectory(builds)) {
            return;
        }
        Path shown = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
        cleaning = new Thread(() -> {
            try {
                removeOldBuilds(shown, shown);
            } catch (IOException e) {
                cleaningFailure = e;
            }
        }, "remove stale builds");
        cleaning.setDaemon(true);
        cleaning.start();
    }

    /** Waits for {@link #removeStaleBuildsMeanwhile}; rethrows what stopped it. */
    void awaitCleaning() throws IOException {
        if (cleaning == null) {
            return;
        }
        try {
            cleaning.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while removing stale builds");
        }
        cleaning = null;
        if (cleaningFailure != null) {
            throw cleaningFailure;
        }
    }

    private void publishSwitched(Path staging) throws IOException {
        awaitCleaning();
        Files.createDirectories(builds);
        String name = Long.toString(nextBuildNumber());
        Path build = builds.resolve(name);
        Files.move(staging, build, StandardCopyOption.ATOMIC_MOVE);
        Path before = Files.isSymbolicLink(path) ? path.getParent().resolve(Files.readSymbolicLink(path)).normalize()
                : null;
        Path link = path.resolveSibling(path.getFileName() + ".link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, path.getParent().relativize(build));
        // rename(2) over the old link: readers see the old target or the new one, never nothing.
        Files.move(link, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOldBuilds(build, before);
    }

    private long nextBuildNumber() throws IOException {
        long last = 0;
        try (Stream<Path> all = Files.list(builds)) {
            for (Path b : (Iterable<Path>) all::iterator) {
                last = Math.max(last, buildNumber(b));
            }
        }
        return last + 1;
    }

    /**
     * Keeps the new build and the one the link showed until now (a page may still be read from it); removes the
     * others, including a build that was made but never shown because its process was killed before the switch.
     */
    private void removeOldBuilds(Path current, Path shownBefore) throws IOException {
        List<Path> all;
        try (Stream<Path> list = Files.list(builds)) {
            all = list.filter(b -> buildNumber(b) > 0).collect(Collectors.toList());
        }
        for (Path old : all) {
            if (!old.equals(current) && !old.equals(shownBefore)) {
                SiteBuilder.deleteTree(old);
            }
        }
    }

    private static long buildNumber(Path build) {
        try {
            return Long.parseLong(build.getFileName().toString());
        } catch (NumberFormatException notABuild) {
            return 0;
        }
    }

    private void publishInPlace(Path staging) throws IOException {
        Set<String> previous = readManifest();
        Set<String> written = files(staging);
        Set<String> conflicts = new TreeSet<>();
        for (String file : written) {
            Path target = path.resolve(file);
            if (!previous.contains(file) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                conflicts.add(file);
            }
            // A file of the reader's where the site needs a folder (ctags writes "tags"; the site has tags/).
            for (Path d = target.getParent(); !d.equals(path); d = d.getParent()) {
                if (Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                    conflicts.add(path.relativize(d).toString().replace('\\', '/'));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            SiteBuilder.deleteTree(staging);
            throw new OutputRefusedException("the new site would replace " + conflicts + " in " + path
                    + ", which no build of this site wrote; move them away and build again");
        }
        // The manifest first lists old and new files together: a build stopped at any point below leaves every
        // file it moved in, and every old file not yet removed, listed as the build's, for the next build to
        // replace or remove. Only then are files moved (each rename atomic) and old ones removed.
        Set<String> both = new TreeSet<>(previous);
        both.addAll(written);
        writeManifest(both);
        for (String file : written) {
            Path target = path.resolve(file);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(file), target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        for (String file : previous) {
            if (!written.contains(file)) {
                Files.deleteIfExists(path.resolve(file));
                removeEmptyParents(path.resolve(file).getParent());
            }
        }
        writeManifest(written);
        SiteBuilder.deleteTree(staging);
    }

    /** Folders the build made and emptied go too; a folder holding anything else stays. */
    private void removeEmptyParents(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(path) && !d.equals(path); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException kept) {
                return;
            }
        }
    }

    private Set<String> readManifest() throws IOException {
        Path manifest = path.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Set.of();
        }
        return new LinkedHashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    }

    /** Written to a temporary file and renamed, so the manifest is never half written. */
    private void writeManifest(Set<String> files) throws IOException {
        Path temporary = path.resolve(MANIFEST + ".new");
        Files.write(temporary, files, StandardCharsets.UTF_8);
        Files.move(temporary, path.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every file under a folder, as paths relative to it with '/' separators, sorted. */
    static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** The output cannot be published into as it is; the message says why and what to do. */
    static final class OutputRefusedException extends IOException {
        OutputRefusedException(String message) {
            super(message);
        }
    }
}
