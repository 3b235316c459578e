package notes.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The pages' scripts and style sheet under names that change with their content, {@code immutable/NAME.HASH.EXT}
 * (HASH: the first 12 hex digits of the file's SHA-256; the pattern of Rails' asset fingerprints and webpack's
 * {@code [contenthash]}). A name never gets other bytes, so hosts let browsers keep these files for a year without
 * asking again ({@code Cache-Control: immutable} for {@code /immutable/*} in netlify.toml) while the pages, always
 * revalidated, point at the current names: a reader who opens a second note downloads no script again, and a deploy
 * that changes a script gives it a new name, so no page runs last deploy's copy.
 *
 * <p>Templates read the addresses, relative to the site's root, as {@code config.hashed_KEY}: {@code css}
 * (assets/css/site.css), {@code theme}, {@code search}, {@code loader} (assets/js/calculator.js), {@code copy}
 * (assets/js/copy-code.js), {@code minisearch} (the search library, which search.js imports from the address its
 * form names) and {@code bundle} (the calculators' TeaVM module; absent when the web module was not built).
 */
final class HashedAssets {
    /** The folder of the hashed files in the site, the one netlify.toml marks immutable. */
    static final String FOLDER = "immutable";

    private final Map<String, Path> sources = new LinkedHashMap<>();
    private final Map<String, String> addresses = new LinkedHashMap<>();

    private HashedAssets() {
    }

    /**
     * Hashes the assets of {@code root} and the bundle in {@code scripts} (the web module's output).
     *
     * @throws IOException when a file cannot be read
     */
    static HashedAssets of(Path root, Path scripts) throws IOException {
        HashedAssets assets = new HashedAssets();
        assets.add("css", root.resolve("assets/css/site.css"));
        assets.add("theme", root.resolve("assets/js/theme.js"));
        assets.add("search", root.resolve("assets/js/search.js"));
        assets.add("loader", root.resolve("assets/js/calculator.js"));
        assets.add("copy", root.resolve("assets/js/copy-code.js"));
        assets.add("minisearch", root.resolve("assets/js/vendor/minisearch.js"));
        assets.add("bundle", scripts.resolve(SiteBuilder.BUNDLE));
        return assets;
    }

    private void add(String key, Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            return;
        }
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        sources.put(key, source);
        addresses.put(key, FOLDER + "/" + name.substring(0, dot) + "." + hash(Files.readAllBytes(source))
                + name.substring(dot));
    }

    /** The address of {@code key} relative to the site's root, or null when its source does not exist. */
    String address(String key) {
        return addresses.get(key);
    }

    /** Every address by key, in the order above. */
    Map<String, String> addresses() {
        return Collections.unmodifiableMap(addresses);
    }

    /** Gives the templates the addresses as {@code config.hashed_KEY}. */
    void configure(JBakeConfiguration config) {
        addresses.forEach((key, address) -> config.setProperty("hashed." + key, address));
    }

    /** Copies each file to its hashed address in {@code site}. */
    void write(Path site) throws IOException {
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            Path target = site.resolve(addresses.get(source.getKey()));
            Files.createDirectories(target.getParent());
            Files.copy(source.getValue(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The first 12 hex digits of the SHA-256 of {@code bytes}. */
    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
