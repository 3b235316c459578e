package notes.web;

import java.util.HashMap;
import java.util.Map;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int8Array;

import notes.form.Calculator;
import notes.form.Fields;
import notes.form.Result;
import notes.gguf.ByteArraySource;
import notes.base.ByteSource;
import notes.gguf.GgufFile;
import notes.gguf.GgufFormatException;
import notes.gguf.GgufReader;
import notes.page.GgufReport;

/**
 * The GGUF inspector on the page. The reader picks or drops a file (or loads the sample); nothing leaves the
 * browser. The page reads the file's first bytes with {@code Blob.slice} and parses; when the header goes on past
 * them, it reads a prefix twice as long (or as long as the parser asked for) and parses again, so a 40 GB model
 * costs about as many bytes as its header.
 */
final class GgufInspector {
    private static final long FIRST_SLICE = 256 * 1024;
    /** When the first slice is not enough, the header is usually a big vocabulary: jump far to parse once more. */
    private static final long SECOND_SLICE = 8L * 1024 * 1024;
    /** A header this large is surely corrupt (the biggest vocabularies take a few MB): stop instead of reading on. */
    private static final long MAX_HEADER = 512L * 1024 * 1024;

    private final HTMLElement root;
    private final Calculator calculator;
    private GgufFile file;
    private double openedAt;

    private GgufInspector(HTMLElement root, Calculator calculator) {
        this.root = root;
        this.calculator = calculator;
    }

    static void mount(HTMLElement root, Calculator calculator) {
        GgufInspector inspector = new GgufInspector(root, calculator);
        HTMLElement input = root.querySelector("[name='gguf.file']");
        input.addEventListener("change", e -> {
            JSObject picked = firstFile(input);
            if (picked != null) {
                inspector.open(picked);
            }
        });
        HTMLElement zone = root.querySelector("[data-gguf-drop]");
        zone.addEventListener("dragover", GgufInspector::allowDrop);
        zone.addEventListener("drop", e -> {
            allowDrop(e);
            JSObject dropped = droppedFile(e);
            if (dropped != null) {
                inspector.open(dropped);
            }
        });
        HTMLElement sample = root.querySelector("[data-gguf-sample]");
        sample.addEventListener("click", e -> fetchBlob(sample.getAttribute("data-gguf-sample"),
                inspector::open, inspector::fail));
        root.addEventListener("input", e -> inspector.showMemory());
        root.addEventListener("change", e -> inspector.showMemory());
        root.setAttribute("data-mounted", "");
    }

    private void open(JSObject blob) {
        openedAt = now();
        file = null;
        Dom.showText(root, "[data-error-for='gguf.file']", "");
        root.querySelector("[data-results]").setHidden(true);
        readPrefix(blob, Math.min(size(blob), FIRST_SLICE));
    }

    private void readPrefix(JSObject blob, double end) {
        status("正在讀取前 " + notes.form.Units.bytes(end) + "（共 " + notes.form.Units.bytes(size(blob)) + "）…");
        slice(blob, end, bytes -> {
            double copyStart = now();
            byte[] prefix = bytes.copyToJavaArray();
            root.setAttribute("data-copy-ms", Double.toString(now() - copyStart));
            parse(blob, prefix);
        }, this::fail);
    }

    private void parse(JSObject blob, byte[] prefix) {
        long size = (long) size(blob);
        try {
            double parseStart = now();
            GgufFile parsed = GgufReader.read(new ByteArraySource(prefix, size));
            root.setAttribute("data-parse-ms", Double.toString(now() - parseStart));
            double renderStart = now();
            render(parsed, name(blob), prefix.length);
            root.setAttribute("data-render-ms", Double.toString(now() - renderStart));
        } catch (ByteSource.BytesNotLoaded more) {
            long next = Math.min(size, Math.max(Math.max(2L * prefix.length, SECOND_SLICE), 2 * more.needed()));
            if (next > MAX_HEADER) {
                fail("標頭超過 " + notes.form.Units.bytes(MAX_HEADER) + " 還沒結束，這不像正常的 GGUF 檔。");
            } else {
                readPrefix(blob, next);
            }
        } catch (GgufFormatException invalid) {
            fail(notes.page.GgufMessages.zhHant(invalid));
        }
    }

    private void render(GgufFile parsed, String name, long bytesRead) {
        file = parsed;
        status("");
        html("summary", GgufReport.summary(parsed, name, bytesRead));
        html("metadata", GgufReport.metadataRows(parsed).markup());
        html("tensors", GgufReport.tensorRows(parsed).markup());
        html("types", GgufReport.typeRows(parsed).markup());
        root.querySelector("[data-results]").setHidden(false);
        showMemory();
        // For the benchmark (and curious readers): time from choosing the file to the tables, and bytes read.
        root.setAttribute("data-open-ms", Double.toString(now() - openedAt));
        root.setAttribute("data-bytes-read", Long.toString(bytesRead));
    }

    private void showMemory() {
        if (file == null) {
            return;
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("gguf.context", Dom.value(root.querySelector("[name='gguf.context']")));
        fields.put("gguf.cacheType", Dom.value(root.querySelector("[name='gguf.cacheType']")));
        // The parsed header is kept between keystrokes; only the memory estimate is recomputed, by the same code
        // (and the same field checks) as the registered calculator's.
        Result memory = GgufReport.memory(file, new Fields(calculator.declaration(), fields));
        for (HTMLElement slot : FormBinding.list(root.querySelectorAll("[data-error-for]"))) {
            String name = slot.getAttribute("data-error-for");
            if (!name.equals("gguf.file")) {
                String problem = memory.problems().get(name);
                slot.setTextContent(problem == null ? "" : problem);
                slot.setHidden(problem == null);
            }
        }
        for (HTMLElement out : FormBinding.list(root.querySelectorAll("[data-out]"))) {
            String text = memory.texts().get(out.getAttribute("data-out"));
            out.setTextContent(memory.isValid() && text != null ? text : "—");
        }
    }

    private void fail(String message) {
        status("");
        Dom.showText(root, "[data-error-for='gguf.file']", message);
    }

    private void status(String message) {
        Dom.showText(root, "[data-gguf-status]", message);
    }


    private void html(String name, String markup) {
        root.querySelector("[data-html='gguf." + name + "']").setInnerHTML(markup);
    }

    private static void allowDrop(Event e) {
        e.preventDefault();
    }

    @JSFunctor
    interface BytesLoaded extends JSObject {
        void loaded(Int8Array bytes);
    }

    @JSFunctor
    interface BlobLoaded extends JSObject {
        void loaded(JSObject blob);
    }

    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    @JSBody(params = "input", script = "return input.files && input.files.length ? input.files[0] : null;")
    static native JSObject firstFile(HTMLElement input);

    @JSBody(params = "event", script = "const f = event.dataTransfer && event.dataTransfer.files;"
            + " return f && f.length ? f[0] : null;")
    static native JSObject droppedFile(Event event);

    @JSBody(script = "return performance.now();")
    static native double now();

    @JSBody(params = "blob", script = "return blob.size;")
    static native double size(JSObject blob);

    @JSBody(params = "blob", script = "return blob.name || 'model';")
    static native String name(JSObject blob);

    /** Reads bytes [0, end) of the blob: only that slice is read from disk. */
    @JSBody(params = {"blob", "end", "ok", "fail"}, script = "blob.slice(0, end).arrayBuffer()"
            + ".then(b => ok(new Int8Array(b)), e => fail('讀取檔案失敗：' + e));")
    private static native void slice(JSObject blob, double end, BytesLoaded ok, Failed fail);

    /** Reads bytes [start, end) of the blob (the ONNX inspector's ranges). */
    @JSBody(params = {"blob", "start", "end", "ok", "fail"}, script = "blob.slice(start, end).arrayBuffer()"
            + ".then(b => ok(new Int8Array(b)), e => fail('讀取檔案失敗：' + e));")
    static native void sliceRange(JSObject blob, double start, double end, BytesLoaded ok, Failed fail);

    @JSBody(params = {"url", "ok", "fail"}, script = "const u = String(url); fetch(u).then(r => r.ok ? r.blob()"
            + " : Promise.reject(r.status)).then(b => { b.name = u.split('/').pop(); ok(b); },"
            + " e => fail('範例檔載入失敗：' + e));")
    static native void fetchBlob(String url, BlobLoaded ok, Failed fail);
}
