package notes.gguf;

import java.util.List;
import java.util.Map;

import notes.base.JsonText;

/**
 * The header as JSON, with metadata typed the way the npm package @huggingface/gguf types it
 * ({@code {"type": "UINT32", "value": 3}}, arrays with a {@code subType}); 64-bit integers as exact JSON integers;
 * shapes in GGUF order. A {@code kvCache} object ends it: the per-token KV-cache figures {@link KvCacheEstimate}
 * reads from the metadata (elements per token over all layers and over the sliding-window layers, the window), with
 * an English {@code note} when the estimate is missing or could not place the window ({@link KvCacheNote}).
 */
public final class GgufJson {
    private GgufJson() {
    }

    public static String write(GgufFile f) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"version\": ").append(f.version()).append(",\n");
        sb.append("  \"tensorCount\": ").append(f.tensorCount()).append(",\n");
        sb.append("  \"kvCount\": ").append(f.kvCount()).append(",\n");
        sb.append("  \"alignment\": ").append(f.alignment()).append(",\n");
        sb.append("  \"tensorDataOffset\": ").append(f.dataOffset()).append(",\n");
        sb.append("  \"parameterCount\": ").append(f.parameterCount()).append(",\n");
        sb.append("  \"metadata\": {");
        boolean first = true;
        for (Map.Entry<String, MetadataValue> e : f.metadata().entrySet()) {
            sb.append(first ? "\n    " : ",\n    ").append(JsonText.quote(e.getKey())).append(": ");
            typed(sb, e.getValue());
            first = false;
        }
        sb.append(first ? "},\n" : "\n  },\n").append("  \"tensors\": [");
        first = true;
        for (TensorInfo t : f.tensors()) {
            sb.append(first ? "\n    " : ",\n    ").append("{\"name\": ").append(JsonText.quote(t.name()))
                    .append(", \"type\": \"").append(t.type()).append("\", \"shape\": [");
            for (int d = 0; d < t.shape().length; d++) {
                sb.append(d == 0 ? "" : ", ").append(t.shape()[d]);
            }
            sb.append("], \"offset\": ").append(t.offset()).append('}');
            first = false;
        }
        sb.append(first ? "],\n" : "\n  ],\n");
        return kvCache(sb, f).append("\n}").toString();
    }

    private static StringBuilder kvCache(StringBuilder sb, GgufFile f) {
        KvCacheNote missing = KvCacheEstimate.missing(f);
        if (missing != null) {
            return sb.append("  \"kvCache\": {\"note\": ").append(JsonText.quote(GgufEnglish.kvCache(missing, 0)))
                    .append('}');
        }
        KvCacheEstimate kv = KvCacheEstimate.of(f);
        sb.append("  \"kvCache\": {\"layers\": ").append(kv.layers()).append(", \"elementsPerToken\": ")
                .append(kv.elementsPerToken()).append(", \"slidingWindow\": ").append(kv.sliding().window())
                .append(", \"slidingLayers\": ").append(kv.slidingLayers()).append(", \"slidingElementsPerToken\": ")
                .append(kv.slidingElementsPerToken());
        if (kv.note() != null) {
            sb.append(", \"note\": ").append(JsonText.quote(GgufEnglish.kvCache(kv.note(), kv.sliding().window())));
        }
        return sb.append('}');
    }

    private static void typed(StringBuilder sb, MetadataValue v) {
        sb.append("{\"type\": \"").append(v.type()).append('"');
        if (v.type() == ValueType.ARRAY) {
            sb.append(", \"subType\": \"").append(v.subType()).append("\", \"value\": [");
            List<Object> items = v.asList();
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                Object item = items.get(i);
                if (item instanceof MetadataValue) {
                    typed(sb, (MetadataValue) item);
                } else {
                    plain(sb, v.subType(), item);
                }
            }
            sb.append("]}");
        } else {
            sb.append(", \"value\": ");
            plain(sb, v.type(), v.value());
            sb.append('}');
        }
    }

    private static void plain(StringBuilder sb, ValueType type, Object value) {
        if (value instanceof String) {
            sb.append(JsonText.quote((String) value));
        } else if (type == ValueType.UINT64) {
            sb.append(Long.toUnsignedString((Long) value));
        } else if (value instanceof Double) {
            double d = (Double) value;
            sb.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else {
            sb.append(value);
        }
    }
}
