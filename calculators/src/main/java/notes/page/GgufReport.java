package notes.page;

import java.util.List;
import java.util.Map;

import notes.form.Decimals;
import notes.form.Fields;
import notes.form.Html;
import notes.form.Table;
import notes.form.Result;
import notes.form.Units;
import notes.gguf.GgmlType;
import notes.gguf.GgufFile;
import notes.gguf.KvCacheEstimate;
import notes.gguf.KvCacheNote;
import notes.gguf.MetadataValue;
import notes.gguf.TensorInfo;
import notes.gguf.ValueType;

/** The GGUF inspector's tables and memory estimate, as markup built from a parsed header. */
public final class GgufReport {
    /** Long arrays (a tokenizer's tokens) show this many entries, and up to {@link #EXPANDED} when opened. */
    private static final int PREVIEW = 8;
    private static final int EXPANDED = 1000;

    private GgufReport() {
    }

    public static String summary(GgufFile f, String fileName, long bytesRead) {
        StringBuilder dl = new StringBuilder("<dl class=\"results-grid\">");
        item(dl, "檔案", Html.escape(fileName) + "（" + Units.bytes(f.fileSize()) + "）");
        item(dl, "GGUF 版本", Long.toString(f.version()));
        item(dl, "張量數", Decimals.fixed(f.tensorCount(), 0));
        item(dl, "中繼資料筆數", Decimals.fixed(f.kvCount(), 0));
        item(dl, "對齊", f.alignment() + " bytes");
        item(dl, "張量資料起點", Decimals.fixed(f.dataOffset(), 0));
        item(dl, "總參數", Units.count(f.parameterCount()) + "（" + Decimals.fixed(f.parameterCount(), 0) + "）");
        item(dl, "每個權重平均", Decimals.fixed(f.bitsPerWeight(), 2) + " bits");
        item(dl, "權重大小", Units.bytes(f.tensorBytes()));
        item(dl, "讀取的位元組", Units.bytes(bytesRead) + "（標頭 " + Units.bytes(f.dataOffset())
                + "；讀取以 256 KiB 起跳，張量資料不另外讀）");
        return dl.append("</dl>").toString();
    }

    private static void item(StringBuilder dl, String label, String valueHtml) {
        dl.append("<div><dt>").append(label).append("</dt><dd data-item=\"").append(Html.escape(label)).append("\">")
                .append(valueHtml).append("</dd></div>");
    }

    public static Table metadataRows(GgufFile f) {
        Table rows = new Table();
        for (Map.Entry<String, MetadataValue> e : f.metadata().entrySet()) {
            MetadataValue v = e.getValue();
            String type = v.type() == ValueType.ARRAY ? "ARRAY of " + v.subType() : v.type().toString();
            String text = valueText(v);
            rows.row(e.getKey()).text(type).markup(valueHtml(v, text), text);
        }
        return rows;
    }

    /** The value as the command line prints it: a long array's first items, as the page's disclosure shows them. */
    private static String valueText(MetadataValue v) {
        if (v.type() != ValueType.ARRAY) {
            return scalar(v.type(), v.value());
        }
        return list(v.subType(), v.asList(), EXPANDED);
    }

    /**
     * The value as the page shows it: {@code text} ({@link #valueText}) escaped, a long array's behind a disclosure
     * whose summary shows its first items. The text is passed in, not formatted again: a vocabulary's first thousand
     * items are the slowest part of showing a header in the page.
     */
    private static String valueHtml(MetadataValue v, String text) {
        List<Object> items = v.asList();
        if (items == null || items.size() <= PREVIEW) {
            return Html.escape(text);
        }
        return "<details><summary>" + Decimals.fixed(items.size(), 0) + " 個：" + Html.escape(list(v.subType(), items,
                PREVIEW)) + "</summary><p class=\"array-values\">" + Html.escape(text)
                + (items.size() > EXPANDED ? " …（只列出前 " + EXPANDED + " 個）" : "") + "</p></details>";
    }

    private static String list(ValueType type, List<Object> items, int max) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(max, items.size()); i++) {
            Object item = items.get(i);
            sb.append(i == 0 ? "" : ", ").append(item instanceof MetadataValue
                    ? "[" + ((MetadataValue) item).asList().size() + " 個]" : scalar(type, item));
        }
        return sb.append(items.size() > max ? ", …]" : "]").toString();
    }

    private static String scalar(ValueType type, Object value) {
        if (type == ValueType.STRING) {
            return "\"" + value + "\"";
        }
        if (type == ValueType.UINT64) {
            return Long.toUnsignedString((Long) value);
        }
        if (type == ValueType.FLOAT32) {
            return Decimals.plainFloat((float) (double) (Double) value);
        }
        if (type == ValueType.FLOAT64) {
            return Decimals.plain((Double) value);
        }
        return String.valueOf(value);
    }

    public static Table tensorRows(GgufFile f) {
        Table rows = new Table();
        for (TensorInfo t : f.tensors()) {
            StringBuilder shape = new StringBuilder();
            for (long d : t.shape()) {
                shape.append(shape.length() == 0 ? "" : " × ").append(d);
            }
            rows.row(t.name()).text(t.type().toString()).text(shape.toString())
                    .number(Decimals.fixed(t.elements(), 0), t.elements())
                    .number(Decimals.fixed(t.bytes(), 0), t.bytes())
                    .number(Decimals.fixed(t.offset(), 0), t.offset());
        }
        return rows;
    }

    public static Table typeRows(GgufFile f) {
        Table rows = new Table();
        for (Map.Entry<GgmlType, long[]> e : f.totalsByType().entrySet()) {
            long[] t = e.getValue();
            rows.row(e.getKey().toString()).text(e.getKey().blockSize() + " / " + e.getKey().typeSize())
                    .number(Long.toString(t[0]), t[0]).number(Decimals.fixed(t[1], 0), t[1])
                    .number(Units.bytes(t[2]), t[2]);
        }
        return rows;
    }

    /**
     * The memory estimate for the context length and cache type in {@code in}: weights plus the KV cache as llama.cpp
     * allocates it for one sequence ({@link KvCacheEstimate}), with the sliding-window layers' smaller cache.
     */
    public static Result memory(GgufFile f, Fields in) {
        if (in.hasProblems()) {
            return in.invalid();
        }
        int context = in.integer("gguf.context");
        GgmlType cacheType = GgmlType.valueOf(in.text("gguf.cacheType"));
        double bytesPerElement = (double) cacheType.typeSize() / cacheType.blockSize();
        Result r = Result.ok().number("gguf.weights", Units.bytes(f.tensorBytes()), f.tensorBytes());
        KvCacheNote missing = KvCacheEstimate.missing(f);
        if (missing != null) {
            return r.text("gguf.kv", "無法估計：" + GgufMessages.kvCache(missing, 0))
                    .text("gguf.total", Units.bytes(f.tensorBytes()) + "（不含 KV 快取）").text("gguf.kvBasis", "");
        }
        KvCacheEstimate kv = KvCacheEstimate.of(f);
        double kvBytes = kv.bytes(context, bytesPerElement);
        return r.number("gguf.kv", Units.bytes(kvBytes), kvBytes)
                .number("gguf.total", Units.bytes(f.tensorBytes() + kvBytes), f.tensorBytes() + kvBytes)
                .text("gguf.kvBasis", basis(kv, context, bytesPerElement));
    }

    /** How the KV cache was counted, in words: layers, elements per token, cells, and the sliding layers if any. */
    static String basis(KvCacheEstimate kv, long context, double bytesPerElement) {
        KvCacheEstimate.Attention a = kv.attention();
        String perLayer = a.latent() ? "MLA：每層 kv_lora_rank " + a.first() + " + RoPE " + a.second()
                : "每層 KV 頭數 × (key " + a.first() + " + value " + a.second() + ")";
        StringBuilder sb = new StringBuilder().append(kv.layers()).append(" 層；每 token ")
                .append(Decimals.fixed(kv.elementsPerToken(), 0)).append(" 個元素（").append(perLayer)
                .append("）；上下文補齊到 256 的倍數，共 ").append(Decimals.fixed(KvCacheEstimate.cells(context), 0))
                .append(" 格");
        if (kv.slidingLayers() > 0) {
            sb.append("。其中 ").append(kv.slidingLayers()).append(" 層是滑動視窗層（視窗 ")
                    .append(Decimals.fixed(kv.sliding().window(), 0)).append(" token），只保留 ")
                    .append(Decimals.fixed(kv.slidingCells(context), 0)).append(" 格（視窗加一個 ")
                    .append(KvCacheEstimate.DEFAULT_UBATCH).append(" token 的微批次，補齊到 256 的倍數）；若每層都保留整段上下文，要 ")
                    .append(Units.bytes(kv.bytesWithoutWindow(context, bytesPerElement)));
        }
        if (kv.note() != null) {
            sb.append("。").append(GgufMessages.kvCache(kv.note(), kv.sliding().window()));
        }
        return sb.append("。").toString();
    }
}
