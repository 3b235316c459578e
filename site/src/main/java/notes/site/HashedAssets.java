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
 * The files are published under these addresses only: JBake's copy of assets/ leaves them out ({@link PlainAssets}).
 */
final class HashedAssets {
    /** The folder of the hashed files in the site, the one netlify.toml marks immutable. */
    static final String FOLDER = "immutable";

    /**
     * The files of assets/ by key, in the templates' order. The MiniSearch file carries its MIT licence in its
     * header, so the hashed copy, which has the same bytes, publishes the licence with it.
     */
    private static final Map<String, String> ASSET_SOURCES = sources();

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
        for (Map.Entry<String, String> source : ASSET_SOURCES.entrySet()) {
            assets.add(source.getKey(), root.resolve("assets").resolve(source.getValue()));
        }
        assets.add("bundle", scripts.resolve(SiteBuilder.BUNDLE));
        return assets;
    }

    /**
     * Whether {@code assetPath} (relative to assets/, with "/") is published only under its hashed name, so that
     * JBake's copy of assets/ leaves it out ({@link PlainAssets}).
     */
    static boolean publishesUnderHash(String assetPath) {
        return ASSET_SOURCES.containsValue(assetPath);
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

    private static Map<String, String> sources() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("css", "css/site.css");
        files.put("theme", "js/theme.js");
        files.put("search", "js/search.js");
        files.put("loader", "js/calculator.js");
        files.put("copy", "js/copy-code.js");
        files.put("minisearch", "js/vendor/minisearch.js");
        return Collections.unmodifiableMap(files);
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
