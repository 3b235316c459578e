package notes.onnx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When operators appeared, for flagging an operator the model's declared opset does not define (the post's
 * failure: "No Op registered for SimplifiedLayerNormalization with domain_version of 14"). A small table, not the
 * whole operator set: an operator it does not list is not flagged.
 *
 * <p>Sources: the default domain's "since version" is the first version listed for the operator in onnx/onnx
 * {@code docs/Operators.md}; the {@code com.microsoft} operators and ONNX Runtime's own default-domain operators
 * are from microsoft/onnxruntime {@code docs/ContribOperators.md} and
 * {@code onnxruntime/core/graph/contrib_ops/contrib_defs.cc}. {@code SimplifiedLayerNormalization} is registered by
 * ONNX Runtime in the default domain but is no ONNX operator: the ONNX checker rejects it at any opset, ONNX
 * Runtime runs it. (ONNX Runtime also registers its own {@code LayerNormalization} in the default domain, which is
 * why a model using it below opset 17 may still run there; it is flagged, since ONNX defines it from 17.)
 */
public final class OperatorSince {
    /** The domain ONNX Runtime's contrib operators live in. */
    public static final String MICROSOFT = "com.microsoft";

    /** What an operator is, by this table. */
    public enum Kind {
        /** An operator of the ONNX standard, defined from {@link Entry#since()} on in its domain. */
        STANDARD,
        /** Registered by ONNX Runtime in the default domain; not an ONNX standard operator. */
        ONNXRUNTIME_DEFAULT_DOMAIN,
        /** An ONNX Runtime contrib operator in {@code com.microsoft}, version 1 (ContribOperators.md). */
        ONNXRUNTIME_CONTRIB
    }

    /** One operator of the table. */
    public record Entry(String domain, String opType, Kind kind, int since) {
    }

    /** Why an operator of the model is flagged. */
    public enum Problem {
        /** The node's domain has no opset import. */
        DOMAIN_NOT_IMPORTED,
        /** A standard operator newer than the opset the model declares for its domain. */
        NEWER_THAN_OPSET,
        /** An operator ONNX Runtime registers in the default domain; not part of ONNX at any opset. */
        NOT_ONNX_STANDARD
    }

    /**
     * An operator of the model that the declared opsets do not define.
     *
     * @param declared the opset version the model imports for the operator's domain (0 when not imported)
     * @param since    the version where the operator appeared (0 when it is not a standard operator)
     */
    public record Flag(OnnxModel.OperatorCount operator, Problem problem, long declared, int since) {
    }

    private static final Map<String, Entry> TABLE = new HashMap<>();

    static {
        // onnx/onnx docs/Operators.md, default domain: first version of each operator.
        standard(1, "Add", "Sub", "Mul", "Div", "Pow", "Sqrt", "MatMul", "Gemm", "Relu", "Sigmoid", "Tanh",
                "Softmax", "Gather", "Reshape", "Transpose", "Concat", "Cast", "Constant", "Shape", "Squeeze",
                "Unsqueeze", "Slice", "Identity", "ReduceMean", "Conv", "If", "Loop");
        standard(8, "Expand", "Scan");
        standard(9, "Where", "Erf");
        standard(11, "Range");
        standard(14, "Trilu");
        standard(15, "CastLike");
        standard(17, "LayerNormalization");
        standard(18, "GroupNormalization");
        standard(20, "Gelu");
        standard(23, "RMSNormalization", "Attention", "RotaryEmbedding");
        // microsoft/onnxruntime: registered in the default domain, not an ONNX operator.
        put(new Entry("", "SimplifiedLayerNormalization", Kind.ONNXRUNTIME_DEFAULT_DOMAIN, 1));
        // microsoft/onnxruntime docs/ContribOperators.md: com.microsoft, version 1.
        for (String op : new String[] {"MatMulNBits", "GroupQueryAttention", "MultiHeadAttention",
                "SkipSimplifiedLayerNormalization"}) {
            put(new Entry(MICROSOFT, op, Kind.ONNXRUNTIME_CONTRIB, 1));
        }
    }

    private OperatorSince() {
    }

    private static void standard(int since, String... ops) {
        for (String op : ops) {
            put(new Entry("", op, Kind.STANDARD, since));
        }
    }

    private static void put(Entry e) {
        TABLE.put(e.domain() + '\n' + e.opType(), e);
    }

    /** The table's entry for an operator (domain {@code "ai.onnx"} is the default domain), or null. */
    public static Entry lookup(String domain, String opType) {
        return TABLE.get(OnnxReader.normalised(domain) + '\n' + opType);
    }

    /** Every entry, for the note's table and the tests. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>(TABLE.values());
        all.sort((a, b) -> a.domain().equals(b.domain()) ? a.opType().compareTo(b.opType())
                : a.domain().compareTo(b.domain()));
        return Collections.unmodifiableList(all);
    }

    /**
     * The model's operators that its declared opsets do not define, in the order of {@link OnnxModel#operators()}.
     * An operator named by a model-local function of its domain is the model's own and never flagged; one the table
     * does not list is flagged only when its domain is not imported.
     */
    public static List<Flag> flags(OnnxModel model) {
        List<Flag> flags = new ArrayList<>();
        for (OnnxModel.OperatorCount op : model.operators()) {
            if (model.functions().contains(new OnnxModel.Function(op.domain(), op.opType()))) {
                continue;
            }
            Long declared = model.opsetImports().get(op.domain());
            Entry entry = lookup(op.domain(), op.opType());
            if (entry != null && entry.kind() == Kind.ONNXRUNTIME_DEFAULT_DOMAIN) {
                flags.add(new Flag(op, Problem.NOT_ONNX_STANDARD, declared == null ? 0 : declared, 0));
            } else if (declared == null) {
                flags.add(new Flag(op, Problem.DOMAIN_NOT_IMPORTED, 0, entry == null ? 0 : entry.since()));
            } else if (entry != null && entry.since() > declared) {
                flags.add(new Flag(op, Problem.NEWER_THAN_OPSET, declared, entry.since()));
            }
        }
        return Collections.unmodifiableList(flags);
    }
}
