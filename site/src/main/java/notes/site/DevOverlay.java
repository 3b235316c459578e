package notes.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import notes.base.JsonText;

/**
 * What the dev server adds to the pages it serves: {@code /__dev/reload.js} (injected into every page), its style
 * sheet, {@code /__dev/events} (a server-sent event per build: {@code reload} after a good one, {@code errors} after a
 * failed one) and {@code /__dev/errors} (the last build's problems as a JSON array). Open pages reload after a good
 * build and show a failed build's {@code file:line} problems over the page, under the production
 * Content-Security-Policy: the script and styles are files of the same origin, with no inline code.
 */
final class DevOverlay {
    /** The tag the dev server puts before {@code </body>} of each page it serves. */
    static final String SCRIPT_TAG = "<script src=\"/__dev/reload.js\"></script>";

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile List<String> problems = List.of();

    /** Adds the endpoints to the server that serves the site. */
    void register(HttpServer server) {
        server.createContext("/__dev/reload.js", e -> send(e, "text/javascript", resource("reload.js")));
        server.createContext("/__dev/overlay.css", e -> send(e, "text/css", resource("overlay.css")));
        server.createContext("/__dev/errors", e -> send(e, "application/json", errorsJson()));
        server.createContext("/__dev/events", this::subscribe);
    }

    /** A good build: clears the problems and reloads the open pages. */
    void passed() {
        problems = List.of();
        broadcast("reload");
    }

    /** A failed build: its problems ({@code file:line: message}) show on every open page. */
    void failed(List<String> buildProblems) {
        problems = List.copyOf(buildProblems);
        broadcast("errors");
    }

    private byte[] errorsJson() {
        StringBuilder json = new StringBuilder("[");
        for (String problem : problems) {
            json.append(json.length() > 1 ? "," : "").append(JsonText.quote(problem));
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevOverlay.class.getResourceAsStream("/dev/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        listeners.add(exchange); // left open: written to on each build
    }

    private void broadcast(String event) {
        byte[] message = ("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange listener : listeners) {
            try {
                OutputStream out = listener.getResponseBody();
                out.write(message);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }
}
