package notes.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * The response headers a host adds, read from the {@code [[headers]]} rules of {@code netlify.toml} so that the dev
 * server and the browser tests send exactly what Netlify sends: changing the policy there changes what they see.
 *
 * <p>Matching follows Netlify's documented rules (docs.netlify.com, "Custom headers"): {@code for} is a path pattern
 * where a trailing {@code *} matches any rest of the path, and the headers of every matching rule apply, a later rule
 * replacing an earlier rule's value for the same header name.
 */
public final class HostHeaders {
    private record Rule(String pattern, Map<String, String> values) {
        boolean matches(String path) {
            return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern);
        }
    }

    /** No headers at all: a plain static server (the baseline the strict-policy tests compare against). */
    public static final HostHeaders NONE = new HostHeaders(List.of());

    private final List<Rule> rules;

    private HostHeaders(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Reads the header rules of a netlify.toml.
     *
     * @throws IOException when the file cannot be read or is not valid TOML (the message names the file and line)
     */
    public static HostHeaders fromNetlifyToml(Path file) throws IOException {
        TomlParseResult toml = Toml.parse(file);
        if (toml.hasErrors()) {
            throw new IOException(file + ": " + toml.errors().get(0));
        }
        TomlArray headers = toml.getArray("headers");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; headers != null && i < headers.size(); i++) {
            TomlTable rule = headers.getTable(i);
            TomlTable values = rule.getTable("values");
            Map<String, String> map = new LinkedHashMap<>();
            if (values != null) {
                for (String name : values.keySet()) {
                    map.put(name, values.getString(List.of(name)));
                }
            }
            rules.add(new Rule(rule.getString("for"), map));
        }
        return new HostHeaders(rules);
    }

    /** The headers for a request path relative to the site's root ({@code /notes/ppo.html}), in rule order. */
    public Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.matches(path)) {
                headers.putAll(rule.values());
            }
        }
        return headers;
    }
}
