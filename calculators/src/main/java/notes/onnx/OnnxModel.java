package notes.onnx;

import java.util.List;
import java.util.Map;

/**
 * What the inspector reports about a model: the fields of the summary JSON (see {@link OnnxJson}) plus the local
 * functions' names and the file size. Counts and operators cover the main graph only (not the bodies of If, Loop or
 * Scan, nor of local functions). Domains {@code "ai.onnx"} and {@code ""} are both {@code ""}.
 *
 * @param opsetImports domain to version, in file order (a domain imported twice keeps its last version)
 * @param operators    one per (domain, op type) of the main graph's nodes, sorted by domain, then op type
 * @param inputs       graph inputs that are not initializers, in file order
 * @param metadata     {@code metadata_props} in file order (a key given twice keeps its last value)
 * @param functions    the model-local functions ({@code ModelProto.functions}), in file order
 */
public record OnnxModel(long irVersion, String producerName, String producerVersion, String domain,
                        long modelVersion, String graphName, Map<String, Long> opsetImports, int nodeCount,
                        List<OperatorCount> operators, List<ValueInfo> inputs, List<ValueInfo> outputs,
                        int initializerCount, long initializerBytes, boolean externalData,
                        Map<String, String> metadata, List<Function> functions, long fileSize) {

    /** Nodes of one op type in one domain. */
    public record OperatorCount(String domain, String opType, int count) {
    }

    /**
     * A graph input or output.
     *
     * @param kind     which member of TypeProto's {@code value} oneof is set
     * @param elemType the element type code of a tensor or sparse tensor ({@link DataType}); 0 otherwise
     * @param shape    the dimensions, or null when the type has no shape field (rank unknown) or is not a tensor
     */
    public record ValueInfo(String name, TypeKind kind, long elemType, List<Dim> shape) {
        /** The element type's onnx.proto name, or null when the value is not a (sparse) tensor. */
        public String elemTypeName() {
            return kind == TypeKind.TENSOR || kind == TypeKind.SPARSE_TENSOR ? DataType.name(elemType) : null;
        }
    }

    /** One dimension: {@code dim_value}, {@code dim_param}, or neither (both null: unknown). */
    public record Dim(Long value, String param) {
    }

    /** A model-local function ({@code FunctionProto}: name is field 1, domain field 10). */
    public record Function(String domain, String name) {
    }

    /** The member of TypeProto's {@code value} oneof (onnx.proto field numbers in brackets). */
    public enum TypeKind {
        /** No type field, or a TypeProto with none of the members this reader knows. */
        NONE,
        TENSOR, // 1
        SEQUENCE, // 4
        MAP, // 5
        OPAQUE, // 7
        SPARSE_TENSOR, // 8
        OPTIONAL // 9
    }
}
