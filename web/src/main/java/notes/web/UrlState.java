package notes.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A calculator's fields as a URL query string ({@code ?settlement=2008-02-15&rate=5.75}) and back. Split by hand:
 * {@code String.split} would pull TeaVM's regular-expression engine (about 150 KB) into every bundle.
 */
final class UrlState {
    private UrlState() {
    }

    static Map<String, String> parse(String search) {
        Map<String, String> state = new LinkedHashMap<>();
        String query = search.startsWith("?") ? search.substring(1) : search;
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            String pair = query.substring(start, end);
            start = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = Dom.decode(eq < 0 ? pair : pair.substring(0, eq));
            state.put(name, eq < 0 ? "" : Dom.decode(pair.substring(eq + 1)));
        }
        return state;
    }

    static String query(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(sb.length() == 0 ? '?' : '&').append(Dom.encode(e.getKey())).append('=')
                    .append(Dom.encode(e.getValue()));
        }
        return sb.toString();
    }
}
