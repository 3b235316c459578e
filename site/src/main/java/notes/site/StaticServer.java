package notes.site;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder over HTTP on the loopback interface, as a static host would: index.html for folders, 404.html
 * with status 404 for missing paths, content types for the site's files. ES modules need this (browsers refuse them
 * from file://).
 *
 * <p>Two things make it serve as a real host does: a base path (GitHub Pages serves a project site under
 * {@code /REPO/}; anything outside it is the host's, not the site's) and the host's response headers
 * ({@link HostHeaders}, from netlify.toml: the Content-Security-Policy among them). An optional filter rewrites HTML
 * on the way out (the dev server injects its reload script that way).
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"), Map.entry("ttf", "font/ttf"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("gguf", "application/octet-stream"));

    private final HttpServer server;
    private final Path root;
    private final UnaryOperator<String> htmlFilter;
    private final String basePath;
    private final HostHeaders headers;

    /**
     * @param basePath   where the site lives on the host: {@code /} or {@code /REPO/} (leading and trailing slash)
     * @param headers    the host's response headers, {@link HostHeaders#NONE} for none
     * @param htmlFilter rewrites each HTML response
     */
    public StaticServer(Path root, int port, String basePath, HostHeaders headers, UnaryOperator<String> htmlFilter)
            throws IOException {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
        }
        this.root = root.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
        this.basePath = basePath;
        this.headers = headers;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // A cached pool: the dev server keeps event streams open, which must not starve page requests.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
    }

    /** Serves {@code root} at {@code basePath} with the given host headers, on {@code port} (0: any free port). */
    public static StaticServer start(Path root, int port, String basePath, HostHeaders headers) throws IOException {
        StaticServer s = new StaticServer(root, port, basePath, headers, UnaryOperator.identity());
        s.start();
        return s;
    }

    public void start() {
        server.start();
    }

    public HttpServer httpServer() {
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + basePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(basePath)) {
                // Outside the project's path the host answers with its own page, not the site's 404.html.
                send(exchange, 404, "text/plain; charset=utf-8", "404 not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String sitePath = "/" + path.substring(basePath.length());
            Path file = resolve(sitePath);
            if (file != null && Files.isDirectory(file) && !sitePath.endsWith("/")) {
                // Both hosts redirect a folder to its address with a slash, so relative links resolve inside it.
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            headers.forPath(sitePath).forEach(exchange.getResponseHeaders()::set);
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file)
                    : "404 not found".getBytes(StandardCharsets.UTF_8);
            String type = typeOf(file);
            if (type.startsWith("text/html")) {
                body = htmlFilter.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            if (isText(type) && acceptsGzip(exchange) && body.length > 0) {
                // Both hosts compress text; serving it uncompressed would make every transfer size 3x too big.
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            }
            send(exchange, status, type, body);
        }
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                || type.contains("xml") || type.contains("svg");
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // The host's own caching rule when it has one (netlify.toml: /immutable/* for a year); otherwise nothing is
        // cached, so a rebuilt page shows at once in the dev server.
        exchange.getResponseHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        boolean head = "HEAD".equals(exchange.getRequestMethod()) || body.length == 0;
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file or folder for a path inside the site ({@code /notes/ppo.html}), or null when it escapes the root. */
    private Path resolve(String sitePath) {
        Path file = root.resolve(sitePath.substring(1)).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
