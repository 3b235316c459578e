package notes.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

import notes.base.ByteSource;
import notes.base.LoadedRanges;
import notes.form.Result;
import notes.form.Units;
import notes.onnx.OnnxFormatException;
import notes.onnx.OnnxModel;
import notes.onnx.OnnxReader;
import notes.page.OnnxMessages;
import notes.page.OnnxReport;

/**
 * The ONNX inspector on the page. The reader picks or drops a file (or loads the sample); nothing leaves the
 * browser. The protobuf reader jumps (it skips each initializer's raw_data by its length), so the page keeps the
 * ranges of the file it has read ({@link LoadedRanges}): when the reader asks for bytes not loaded yet, the page
 * reads that range with {@code Blob.slice} and resumes the parse where it stopped ({@link OnnxReader.Resumable}).
 * A model of 2 GB costs a few MB of reads, one per initializer; each range is bounded by the file's size, never by
 * a length the file claims.
 */
final class OnnxInspector {
    /** More ranges than this means something is wrong (a model has at most a few thousand initializers). */
    private static final int MAX_READS = 20_000;
    /** ...or that many bytes read for a summary. */
    private static final long MAX_LOADED = 256L * 1024 * 1024;

    private final HTMLElement root;
    private double openedAt;
    /** Increases with each file opened, so a late slice of the previous file is dropped. */
    private int generation;

    private OnnxInspector(HTMLElement root) {
        this.root = root;
    }

    static void mount(HTMLElement root) {
        OnnxInspector inspector = new OnnxInspector(root);
        HTMLElement input = root.querySelector("[name='onnx.file']");
        input.addEventListener("change", e -> {
            JSObject picked = GgufInspector.firstFile(input);
            if (picked != null) {
                inspector.open(picked);
            }
        });
        HTMLElement zone = root.querySelector("[data-onnx-drop]");
        zone.addEventListener("dragover", OnnxInspector::allowDrop);
        zone.addEventListener("drop", e -> {
            allowDrop(e);
            JSObject dropped = GgufInspector.droppedFile(e);
            if (dropped != null) {
                inspector.open(dropped);
            }
        });
        HTMLElement sample = root.querySelector("[data-onnx-sample]");
        sample.addEventListener("click", e -> GgufInspector.fetchBlob(sample.getAttribute("data-onnx-sample"),
                inspector::open, inspector::fail));
        root.setAttribute("data-mounted", "");
    }

    private void open(JSObject blob) {
        openedAt = GgufInspector.now();
        generation++;
        Dom.showText(root, "[data-error-for='onnx.file']", "");
        root.querySelector("[data-results]").setHidden(true);
        root.removeAttribute("data-bytes-read");
        status("正在讀取 " + GgufInspector.name(blob) + "（" + Units.bytes(GgufInspector.size(blob)) + "）…");
        LoadedRanges ranges = new LoadedRanges((long) GgufInspector.size(blob));
        parse(blob, ranges, new OnnxReader.Resumable(ranges), generation);
    }

    private void parse(JSObject blob, LoadedRanges ranges, OnnxReader.Resumable reader, int opened) {
        if (opened != generation) {
            return;
        }
        OnnxModel model;
        try {
            model = reader.read();
        } catch (ByteSource.BytesNotLoaded more) {
            long[] range = ranges.nextRange();
            if (ranges.reads() >= MAX_READS || ranges.loaded() > MAX_LOADED) {
                fail("讀了 " + Units.bytes(ranges.loaded()) + "（" + ranges.reads() + " 段）還沒讀完模型的結構，"
                        + "這不像正常的 ONNX 檔。");
                return;
            }
            GgufInspector.sliceRange(blob, range[0], range[1], bytes -> {
                ranges.add(range[0], bytes.copyToJavaArray());
                parse(blob, ranges, reader, opened);
            }, this::fail);
            return;
        } catch (OnnxFormatException invalid) {
            fail(OnnxMessages.zhHant(invalid));
            return;
        }
        render(OnnxReport.result(model, GgufInspector.name(blob), ranges.loaded()));
        // For the tests and the benchmark: time from choosing the file to the tables, bytes and ranges read.
        root.setAttribute("data-open-ms", Double.toString(GgufInspector.now() - openedAt));
        root.setAttribute("data-reads", Integer.toString(ranges.reads()));
        root.setAttribute("data-bytes-read", Long.toString(ranges.loaded()));
    }

    private void render(Result result) {
        status("");
        for (HTMLElement out : FormBinding.list(root.querySelectorAll("[data-html]"))) {
            String markup = result.html().get(out.getAttribute("data-html"));
            out.setInnerHTML(markup == null ? "" : markup);
        }
        for (HTMLElement empty : FormBinding.list(root.querySelectorAll("[data-empty-for]"))) {
            String markup = result.html().get(empty.getAttribute("data-empty-for"));
            empty.setHidden(markup != null && !markup.isEmpty());
        }
        root.querySelector("[data-results]").setHidden(false);
    }

    private void fail(String message) {
        status("");
        Dom.showText(root, "[data-error-for='onnx.file']", message);
    }

    private void status(String message) {
        Dom.showText(root, "[data-onnx-status]", message);
    }


    private static void allowDrop(Event e) {
        e.preventDefault();
    }
}
