package notes.site;

import java.net.URI;
import java.util.Map;
import java.util.Properties;

/**
 * The site's public address, which canonical links, Open Graph, the feed, the sitemap and robots.txt are written
 * with, and its base path, which the 404 page (served at any depth) links from.
 *
 * <p>Taken from, in order: the {@code site.url} system property ({@code mvn ... -Dsite.url=https://...}); the
 * environment variable {@code URL}, which Netlify sets to the site's main address in every build (docs.netlify.com,
 * "Build environment variables"); {@code site.host} in jbake.properties. The GitHub Pages workflow passes the
 * {@code base_url} output of {@code actions/configure-pages} as {@code -Dsite.url}.
 *
 * @param url         the address without a trailing slash ({@code https://user.github.io/REPO})
 * @param basePath    its path with leading and trailing slash ({@code /REPO/}, or {@code /})
 * @param source      where it came from, for the build's log
 * @param placeholder true when it is a reserved example domain (RFC 2606), so links built from it would be dead
 */
public record SiteUrl(String url, String basePath, String source, boolean placeholder) {

    /**
     * Resolves the address from the three sources above.
     *
     * @throws IllegalArgumentException when the chosen value is not an absolute http(s) URL
     */
    public static SiteUrl resolve(String systemProperty, Map<String, String> environment, Properties jbake) {
        if (present(systemProperty)) {
            return of(systemProperty, "-Dsite.url");
        }
        if (present(environment.get("URL"))) {
            return of(environment.get("URL"), "environment variable URL");
        }
        return of(jbake.getProperty("site.host", ""), "jbake.properties site.host");
    }

    /** The address actually used by a build run from Maven: system property, environment, then jbake.properties. */
    public static SiteUrl fromBuildEnvironment(Properties jbake) {
        return resolve(System.getProperty("site.url"), System.getenv(), jbake);
    }

    static SiteUrl of(String value, String source) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("site URL from " + source + " is not a URL: " + value);
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("site URL from " + source + " must be an absolute http(s) address,"
                    + " such as https://example.netlify.app: " + value);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String basePath = path.endsWith("/") ? path : path + "/";
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return new SiteUrl(origin + basePath.substring(0, basePath.length() - 1), basePath, source,
                isReservedExample(uri.getHost()));
    }

    /** example.com, example.net, example.org and anything under them or under .example (RFC 2606 section 3). */
    private static boolean isReservedExample(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        for (String reserved : new String[] {"example.com", "example.net", "example.org", "example"}) {
            if (h.equals(reserved) || h.endsWith("." + reserved)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
