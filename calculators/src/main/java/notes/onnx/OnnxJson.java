package notes.onnx;

import java.util.List;
import java.util.Map;

import notes.base.JsonText;

/**
 * The model summary as JSON, in the shape of the reference summaries in {@code ../shared/oracles/onnx} (see its
 * README): {@code irVersion, producerName, producerVersion, domain, modelVersion, graphName, opsetImports {DOMAIN:
 * VERSION}, nodeCount, operators [{domain, opType, count}], inputs and outputs [{name, elemType, shape}],
 * initializerCount, initializerBytes, externalData, metadata {KEY: VALUE}, functions, ok}}. A shape lists a
 * dimension as its {@code dim_value} (a JSON integer), its {@code dim_param} (a string) or null; a value with no
 * shape field (rank unknown) has {@code "shape": null}; a value that is not a tensor has {@code "elemType": null}.
 * {@code functions} is the number of model-local functions.
 */
public final class OnnxJson {
    private OnnxJson() {
    }

    public static String write(OnnxModel m) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"irVersion\": ").append(m.irVersion()).append(",\n");
        sb.append("  \"producerName\": ").append(JsonText.quote(m.producerName())).append(",\n");
        sb.append("  \"producerVersion\": ").append(JsonText.quote(m.producerVersion())).append(",\n");
        sb.append("  \"domain\": ").append(JsonText.quote(m.domain())).append(",\n");
        sb.append("  \"modelVersion\": ").append(m.modelVersion()).append(",\n");
        sb.append("  \"graphName\": ").append(JsonText.quote(m.graphName())).append(",\n");
        sb.append("  \"opsetImports\": {");
        boolean first = true;
        for (Map.Entry<String, Long> e : m.opsetImports().entrySet()) {
            sb.append(first ? "" : ", ").append(JsonText.quote(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        sb.append("},\n");
        sb.append("  \"nodeCount\": ").append(m.nodeCount()).append(",\n");
        sb.append("  \"operators\": [");
        first = true;
        for (OnnxModel.OperatorCount op : m.operators()) {
            sb.append(first ? "\n    " : ",\n    ").append("{\"domain\": ").append(JsonText.quote(op.domain()))
                    .append(", \"opType\": ").append(JsonText.quote(op.opType())).append(", \"count\": ")
                    .append(op.count()).append('}');
            first = false;
        }
        sb.append(first ? "],\n" : "\n  ],\n");
        values(sb, "inputs", m.inputs());
        values(sb, "outputs", m.outputs());
        sb.append("  \"initializerCount\": ").append(m.initializerCount()).append(",\n");
        sb.append("  \"initializerBytes\": ").append(m.initializerBytes()).append(",\n");
        sb.append("  \"externalData\": ").append(m.externalData()).append(",\n");
        sb.append("  \"metadata\": {");
        first = true;
        for (Map.Entry<String, String> e : m.metadata().entrySet()) {
            sb.append(first ? "\n    " : ",\n    ").append(JsonText.quote(e.getKey())).append(": ")
                    .append(JsonText.quote(e.getValue()));
            first = false;
        }
        sb.append(first ? "},\n" : "\n  },\n");
        sb.append("  \"functions\": ").append(m.functions().size()).append(",\n");
        return sb.append("  \"ok\": true\n}").toString();
    }

    private static void values(StringBuilder sb, String key, List<OnnxModel.ValueInfo> values) {
        sb.append("  \"").append(key).append("\": [");
        boolean first = true;
        for (OnnxModel.ValueInfo v : values) {
            String elemType = v.elemTypeName();
            sb.append(first ? "\n    " : ",\n    ").append("{\"name\": ").append(JsonText.quote(v.name()))
                    .append(", \"elemType\": ").append(elemType == null ? "null" : JsonText.quote(elemType))
                    .append(", \"shape\": ");
            if (v.shape() == null) {
                sb.append("null");
            } else {
                sb.append('[');
                for (int d = 0; d < v.shape().size(); d++) {
                    OnnxModel.Dim dim = v.shape().get(d);
                    sb.append(d == 0 ? "" : ", ");
                    if (dim.value() != null) {
                        sb.append(dim.value().longValue());
                    } else if (dim.param() != null) {
                        sb.append(JsonText.quote(dim.param()));
                    } else {
                        sb.append("null");
                    }
                }
                sb.append(']');
            }
            sb.append('}');
            first = false;
        }
        sb.append(first ? "],\n" : "\n  ],\n");
    }
}
