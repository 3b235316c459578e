package notes.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's copy of assets/ into the site, leaving out the files {@link HashedAssets} publishes under content-hashed
 * names: pages only ever name {@code immutable/NAME.HASH.EXT}, so a plain {@code js/search.js} beside it would be
 * bytes no page asks for (and a stale copy a cache could keep). Everything else (favicons, images, samples) is
 * copied as JBake does, with its rules for hidden files ({@code asset.ignore}) and folders holding its ignore file
 * ({@code .jbakeignore}). Copy failures go to {@link #getErrors()}, as in JBake's own copy.
 */
final class PlainAssets extends Asset {
    private final JBakeConfiguration config;
    private final List<Throwable> walkErrors = new ArrayList<>();

    PlainAssets(JBakeConfiguration config) {
        super(config);
        this.config = config;
    }

    @Override
    public void copy(File folder) {
        Path root = folder.toPath();
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    boolean skipped = !dir.equals(root) && (hiddenAndIgnored(dir)
                            || Files.exists(dir.resolve(config.getIgnoreFileName())));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String path = root.relativize(file).toString().replace(File.separatorChar, '/');
                    if (attrs.isRegularFile() && !hiddenAndIgnored(file) && !HashedAssets.publishesUnderHash(path)) {
                        copySingleFile(file.toFile());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            walkErrors.add(e);
        }
    }

    /** JBake's copy errors and any of the walk over assets/. */
    @Override
    public List<Throwable> getErrors() {
        List<Throwable> errors = super.getErrors();
        errors.addAll(walkErrors);
        return errors;
    }

    private boolean hiddenAndIgnored(Path path) throws IOException {
        return config.getAssetIgnoreHidden() && Files.isHidden(path);
    }
}
