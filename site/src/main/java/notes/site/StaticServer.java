package notes.site;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
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
 * for missing paths, content types for the site's files. ES modules need this (browsers refuse them from file://).
 * An optional filter rewrites HTML on the way out (the dev server injects its reload script that way).
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

    public StaticServer(Path root, int port, UnaryOperator<String> htmlFilter) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // A cached pool: the dev server keeps event streams open, which must not starve page requests.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
    }

    public static StaticServer start(Path root, int port) throws IOException {
        StaticServer s = new StaticServer(root, port, UnaryOperator.identity());
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
        return "http://localhost:" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(exchange.getRequestURI());
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file)
                    : "404 not found".getBytes(StandardCharsets.UTF_8);
            String type = typeOf(file);
            if (type.startsWith("text/html")) {
                body = htmlFilter.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file for a request path, or null when the path escapes the root. */
    private Path resolve(URI uri) {
        String path = uri.getPath();
        Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
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
