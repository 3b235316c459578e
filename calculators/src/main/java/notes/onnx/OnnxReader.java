package notes.onnx;

import notes.base.ByteSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the inspector shows from an ONNX model file: a {@code ModelProto} of onnx.proto (github.com/onnx/onnx,
 * onnx/onnx.proto; field numbers in the comments below) in the protobuf wire format
 * (https://protobuf.dev/programming-guides/encoding/), by hand rather than with protobuf-java, so that the same code
 * compiles to JavaScript with TeaVM.
 *
 * <p>Discipline, as in the GGUF reader: every length is checked against the bytes left in its enclosing message
 * (the file, for ModelProto) before anything is read or allocated for it; varints are at most 10 bytes; a field
 * onnx.proto defines must come with its wire type (repeated numbers packed or not, both accepted); fields the
 * summary does not need (tensor {@code raw_data}, attributes, doc strings, value_info, subgraphs inside attributes,
 * function bodies) are skipped by their length without being read. Parsing only descends into messages of fixed
 * depth (no recursion on the file's nesting), loops advance at least one byte per step, and every violation is an
 * {@link OnnxFormatException} naming the problem and its byte offset.
 *
 * <p>Protobuf semantics kept: unknown fields are skipped; a scalar field given twice keeps its last value; a message
 * field given twice is merged (the graph's nodes and initializers add up); in a oneof (a dimension's value or
 * param, a type's kind) the last member wins. A group (wire types 3 and 4, deprecated) in a field onnx.proto does
 * not define is skipped to its end tag, nested up to {@link #MAX_GROUP_DEPTH}; onnx.proto has no groups, so a group
 * in a field it defines is a wrong wire type.
 */
public final class OnnxReader implements WireCursor.Context {
    /** Names and texts the summary keeps are read up to this length; longer ones are rejected, not allocated. */
    static final int MAX_TEXT_BYTES = 16 << 20;
    private static final long MAX_FIELD_NUMBER = (1 << 29) - 1;
    /** Deepest nesting of skipped groups: protobuf-java's default recursion limit (CodedInputStream). */
    static final int MAX_GROUP_DEPTH = 100;
    /** TensorProto.DataLocation.EXTERNAL. */
    private static final long EXTERNAL = 1;

    private static final String MODEL = "ModelProto";
    private static final String GRAPH = "GraphProto";
    private static final String NODE = "NodeProto";
    private static final String TENSOR = "TensorProto";
    private static final String SPARSE_TENSOR = "SparseTensorProto";
    private static final String VALUE_INFO = "ValueInfoProto";
    private static final String TYPE = "TypeProto";
    private static final String TENSOR_TYPE = "TypeProto.Tensor";
    private static final String SPARSE_TENSOR_TYPE = "TypeProto.SparseTensor";
    private static final String SHAPE = "TensorShapeProto";
    private static final String DIMENSION = "TensorShapeProto.Dimension";
    private static final String OPSET = "OperatorSetIdProto";
    private static final String ENTRY = "StringStringEntryProto";
    private static final String FUNCTION = "FunctionProto";

    private final WireCursor in;

    // Where the reader is, for problems: the message, the current field's number (text; "-" while reading a tag),
    // its onnx.proto name and where its tag starts.
    private String message = MODEL;
    private String fieldNumber = "-";
    private String fieldName = "";
    private long fieldAt;
    private int wire;

    private OnnxReader(ByteSource source, int minChunk, int maxChunk) {
        this.in = new WireCursor(source, this, minChunk, maxChunk);
    }

    /** Reads the model's summary; throws {@link OnnxFormatException} for a file that is not a valid model. */
    public static OnnxModel read(ByteSource source) {
        return new Resumable(source).read();
    }

    /**
     * A read that survives {@link ByteSource.BytesNotLoaded}: the browser's source throws it for bytes not loaded
     * yet, the page loads them and calls {@link #read} again, which goes on from the start of the top-level or graph
     * field it was reading, not from the start of the file. Each field's effect on the summary is applied only once
     * it has been read whole, so a field cut short leaves no trace. With one resume per skipped {@code raw_data},
     * the cost stays linear in the number of initializers (parsing again from the start made it quadratic).
     */
    public static final class Resumable {
        private final OnnxReader reader;

        public Resumable(ByteSource source) {
            this(source, WireCursor.MIN_CHUNK, WireCursor.MAX_CHUNK);
        }

        /** Reading in chunks of other sizes (tests use a few bytes, to stop the reader at every kind of place). */
        Resumable(ByteSource source, int minChunk, int maxChunk) {
            this.reader = new OnnxReader(source, minChunk, maxChunk);
        }

        /**
         * The model's summary.
         *
         * @throws ByteSource.BytesNotLoaded when the source lacks bytes; load them and call again
         * @throws OnnxFormatException       for a file that is not a valid model (do not call again)
         */
        public OnnxModel read() {
            return reader.model();
        }
    }

    @Override
    public OnnxFormatException problem(OnnxProblem problem, long offset, Object... extra) {
        Object[] args = new Object[3 + extra.length];
        args[0] = message;
        args[1] = fieldNumber;
        args[2] = fieldName;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new OnnxFormatException(problem, offset, args);
    }

    // ModelProto ---------------------------------------------------------------------------------------------------

    /** The top-level fields read so far, and where the next one starts (the resume point). */
    private static final class ModelParts {
        long irVersion;
        long modelVersion;
        String producerName = "";
        String producerVersion = "";
        String domain = "";
        Graph graph;
        final Map<String, Long> opsets = new LinkedHashMap<>();
        final Map<String, String> metadata = new LinkedHashMap<>();
        final List<OnnxModel.Function> functions = new ArrayList<>();
        long next;
    }

    private ModelParts parts;

    private OnnxModel model() {
        long end = in.size();
        if (end == 0) {
            throw new OnnxFormatException(OnnxProblem.EMPTY_FILE, 0);
        }
        if (parts == null) {
            parts = new ModelParts();
        }
        ModelParts m = parts;
        if (m.graph != null && m.graph.next < m.graph.end) {
            in.seek(m.graph.next);
            graph(m.graph);
            m.next = m.graph.end;
        }
        in.seek(m.next);
        while (in.position() < end) {
            switch (tag(end, MODEL)) {
                case 1 -> m.irVersion = varint("ir_version", end);
                case 2 -> m.producerName = string("producer_name", end);
                case 3 -> m.producerVersion = string("producer_version", end);
                case 4 -> m.domain = string("domain", end);
                case 5 -> m.modelVersion = varint("model_version", end);
                case 6 -> skipLength("doc_string", end);
                case 7 -> {
                    long sub = length("graph", end);
                    if (m.graph == null) {
                        m.graph = new Graph();
                    }
                    m.graph.enter(in.position(), sub);
                    graph(m.graph);
                }
                case 8 -> opset(length("opset_import", end), m.opsets);
                case 14 -> {
                    String[] entry = entry(length("metadata_props", end));
                    m.metadata.put(entry[0], entry[1]);
                }
                case 20 -> skipLength("training_info", end);
                case 25 -> m.functions.add(function(length("functions", end)));
                default -> skip(end);
            }
            m.next = in.position();
        }
        if (m.graph == null) {
            throw new OnnxFormatException(OnnxProblem.NO_GRAPH, 0);
        }
        return summary(m, m.graph);
    }

    private OnnxModel summary(ModelParts m, Graph graph) {
        List<OnnxModel.ValueInfo> inputs = new ArrayList<>();
        for (OnnxModel.ValueInfo input : graph.inputs) {
            if (!graph.initializerNames.contains(input.name())) {
                inputs.add(input);
            }
        }
        return new OnnxModel(m.irVersion, m.producerName, m.producerVersion, m.domain, m.modelVersion, graph.name,
                Collections.unmodifiableMap(m.opsets), graph.nodeCount, graph.operators(),
                Collections.unmodifiableList(inputs), Collections.unmodifiableList(graph.outputs),
                graph.initializerCount, graph.initializerBytes, graph.externalData,
                Collections.unmodifiableMap(m.metadata), Collections.unmodifiableList(m.functions), in.size());
    }

    /** OperatorSetIdProto: domain 1, version 2. */
    private void opset(long end, Map<String, Long> opsets) {
        String domain = "";
        long version = 0;
        while (in.position() < end) {
            switch (tag(end, OPSET)) {
                case 1 -> domain = string("domain", end);
                case 2 -> version = varint("version", end);
                default -> skip(end);
            }
        }
        String key = normalised(domain);
        opsets.remove(key); // a domain imported again moves to its last place, with its last version
        opsets.put(key, version);
    }

    /** StringStringEntryProto: key 1, value 2. */
    private String[] entry(long end) {
        String[] entry = {"", ""};
        while (in.position() < end) {
            switch (tag(end, ENTRY)) {
                case 1 -> entry[0] = string("key", end);
                case 2 -> entry[1] = string("value", end);
                default -> skip(end);
            }
        }
        return entry;
    }

    /** FunctionProto: name 1, domain 10; the body is skipped. */
    private OnnxModel.Function function(long end) {
        String name = "";
        String domain = "";
        while (in.position() < end) {
            switch (tag(end, FUNCTION)) {
                case 1 -> name = string("name", end);
                case 10 -> domain = string("domain", end);
                default -> skip(end);
            }
        }
        return new OnnxModel.Function(normalised(domain), name);
    }

    // GraphProto ---------------------------------------------------------------------------------------------------

    /** The main graph as read so far (a graph field given twice is merged into the same one). */
    private static final class Graph {
        String name = "";
        int nodeCount;
        final Map<String, int[]> counts = new HashMap<>();
        final List<OnnxModel.ValueInfo> inputs = new ArrayList<>();
        final List<OnnxModel.ValueInfo> outputs = new ArrayList<>();
        final Set<String> initializerNames = new HashSet<>();
        int initializerCount;
        long initializerBytes;
        boolean externalData;
        /** The graph field being read: where its next field starts and where it ends (next == end: done). */
        long next;
        long end;

        /** Starts reading a graph field (a second one is merged into the first). */
        void enter(long start, long fieldEnd) {
            next = start;
            end = fieldEnd;
        }

        List<OnnxModel.OperatorCount> operators() {
            List<OnnxModel.OperatorCount> list = new ArrayList<>(counts.size());
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int cut = e.getKey().indexOf('\n');
                list.add(new OnnxModel.OperatorCount(e.getKey().substring(0, cut), e.getKey().substring(cut + 1),
                        e.getValue()[0]));
            }
            list.sort((a, b) -> {
                int byDomain = a.domain().compareTo(b.domain());
                return byDomain != 0 ? byDomain : a.opType().compareTo(b.opType());
            });
            return Collections.unmodifiableList(list);
        }
    }

    /**
     * GraphProto: node 1, name 2, initializer 5, doc_string 10, input 11, output 12, value_info 13,
     * quantization_annotation 14, sparse_initializer 15, metadata_props 16.
     */
    private void graph(Graph graph) {
        long end = graph.end;
        while (in.position() < end) {
            switch (tag(end, GRAPH)) {
                case 1 -> node(length("node", end), graph);
                case 2 -> graph.name = string("name", end);
                case 5 -> initializer(length("initializer", end), graph);
                case 10 -> skipLength("doc_string", end);
                case 11 -> graph.inputs.add(valueInfo(length("input", end)));
                case 12 -> graph.outputs.add(valueInfo(length("output", end)));
                case 13 -> skipLength("value_info", end);
                case 14 -> skipLength("quantization_annotation", end);
                case 15 -> graph.initializerNames.add(sparseName(length("sparse_initializer", end)));
                case 16 -> skipLength("metadata_props", end);
                default -> skip(end);
            }
            graph.next = in.position();
        }
    }

    /**
     * NodeProto: input 1, output 2, name 3, op_type 4, attribute 5 (subgraphs live here: skipped), doc_string 6,
     * domain 7, overload 8, metadata_props 9, device_configurations 10.
     */
    private void node(long end, Graph graph) {
        String opType = "";
        String domain = "";
        while (in.position() < end) {
            switch (tag(end, NODE)) {
                case 1 -> skipLength("input", end);
                case 2 -> skipLength("output", end);
                case 3 -> skipLength("name", end);
                case 4 -> opType = string("op_type", end);
                case 5 -> skipLength("attribute", end);
                case 6 -> skipLength("doc_string", end);
                case 7 -> domain = string("domain", end);
                case 8 -> skipLength("overload", end);
                case 9 -> skipLength("metadata_props", end);
                case 10 -> skipLength("device_configurations", end);
                default -> skip(end);
            }
        }
        graph.nodeCount++;
        graph.counts.computeIfAbsent(normalised(domain) + '\n' + opType, k -> new int[1])[0]++;
    }

    /**
     * TensorProto: dims 1, data_type 2, segment 3, float_data 4 (packed fixed32), int32_data 5 (packed varint),
     * string_data 6, int64_data 7 (packed varint), name 8, raw_data 9 (skipped by its length), double_data 10
     * (packed fixed64), uint64_data 11 (packed varint), doc_string 12, external_data 13, data_location 14,
     * metadata_props 16.
     */
    private void initializer(long end, Graph graph) {
        long start = fieldAt;
        long dataType = 0;
        String name = "";
        long rawBytes = 0;
        long typedValues = 0;
        long location = 0;
        String externalLength = null;
        while (in.position() < end) {
            switch (tag(end, TENSOR)) {
                case 1 -> repeated("dims", end, 0, 0);
                case 2 -> dataType = (int) varint("data_type", end);
                case 3 -> skipLength("segment", end);
                case 4 -> typedValues += repeated("float_data", end, 5, 4);
                case 5 -> typedValues += repeated("int32_data", end, 0, 0);
                case 6 -> skipLength("string_data", end);
                case 7 -> typedValues += repeated("int64_data", end, 0, 0);
                case 8 -> name = string("name", end);
                case 9 -> {
                    long sub = length("raw_data", end);
                    rawBytes = sub - in.position();
                    in.seek(sub);
                }
                case 10 -> typedValues += repeated("double_data", end, 1, 8);
                case 11 -> typedValues += repeated("uint64_data", end, 0, 0);
                case 12 -> skipLength("doc_string", end);
                case 13 -> {
                    String[] entry = entry(length("external_data", end));
                    if (entry[0].equals("length")) {
                        externalLength = entry[1];
                    }
                }
                case 14 -> location = varint("data_location", end);
                case 16 -> skipLength("metadata_props", end);
                default -> skip(end);
            }
        }
        long bytes;
        if (location == EXTERNAL) {
            graph.externalData = true;
            bytes = externalLength == null ? 0 : externalLength(externalLength, name, start);
        } else if (rawBytes > 0) {
            bytes = rawBytes;
        } else {
            DataType type = DataType.ofCode(dataType);
            bytes = type == null ? 0 : typedValues * type.bytesPerValue();
        }
        graph.initializerCount++;
        graph.initializerNames.add(name);
        graph.initializerBytes = bytes > Long.MAX_VALUE - graph.initializerBytes ? Long.MAX_VALUE
                : graph.initializerBytes + bytes;
    }

    /**
     * SparseTensorProto: values 1, indices 2, dims 3. Its name is the name of its {@code values} tensor (onnx.proto:
     * "values must have a non-empty name present which serves as a name for SparseTensorProto when used in
     * sparse_initializer list"); a graph input of that name has a default value, as for a dense initializer.
     */
    private String sparseName(long end) {
        String name = "";
        while (in.position() < end) {
            if (tag(end, SPARSE_TENSOR) == 1) {
                name = tensorName(length("values", end));
            } else {
                skip(end);
            }
        }
        return name;
    }

    /** A TensorProto's name 8; everything else (its data included) is skipped by its length. */
    private String tensorName(long end) {
        String name = "";
        while (in.position() < end) {
            if (tag(end, TENSOR) == 8) {
                name = string("name", end);
            } else {
                skip(end);
            }
        }
        return name;
    }

    /** The external-data "length" entry: decimal digits (onnx/docs/ExternalData.md: an integer kept as a string). */
    private static long externalLength(String text, String tensor, long at) {
        if (text.isEmpty() || text.length() > 18) {
            throw new OnnxFormatException(OnnxProblem.BAD_EXTERNAL_LENGTH, at, tensor, text);
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new OnnxFormatException(OnnxProblem.BAD_EXTERNAL_LENGTH, at, tensor, text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // ValueInfoProto and TypeProto ---------------------------------------------------------------------------------

    /** TypeProto as read so far: which member of its oneof, and a tensor's element type and dimensions. */
    private static final class Type {
        OnnxModel.TypeKind kind = OnnxModel.TypeKind.NONE;
        long elemType;
        List<OnnxModel.Dim> shape;

        /** Switches to {@code k}; a different member of the oneof starts from scratch. */
        void become(OnnxModel.TypeKind k) {
            if (kind != k) {
                kind = k;
                elemType = 0;
                shape = null;
            }
        }
    }

    /** ValueInfoProto: name 1, type 2, doc_string 3, metadata_props 4. */
    private OnnxModel.ValueInfo valueInfo(long end) {
        String name = "";
        Type type = new Type();
        while (in.position() < end) {
            switch (tag(end, VALUE_INFO)) {
                case 1 -> name = string("name", end);
                case 2 -> type(length("type", end), type);
                case 3 -> skipLength("doc_string", end);
                case 4 -> skipLength("metadata_props", end);
                default -> skip(end);
            }
        }
        List<OnnxModel.Dim> shape = type.shape == null ? null : Collections.unmodifiableList(type.shape);
        return new OnnxModel.ValueInfo(name, type.kind, type.elemType, shape);
    }

    /**
     * TypeProto: tensor_type 1, sequence_type 4, map_type 5, denotation 6, opaque_type 7, sparse_tensor_type 8,
     * optional_type 9. Sequences, maps, optionals and opaque types are recorded by kind only (their element types
     * are TypeProtos again: not descended into).
     */
    private void type(long end, Type type) {
        while (in.position() < end) {
            switch (tag(end, TYPE)) {
                case 1 -> {
                    long sub = length("tensor_type", end);
                    type.become(OnnxModel.TypeKind.TENSOR);
                    tensorType(sub, type, TENSOR_TYPE);
                }
                case 8 -> {
                    long sub = length("sparse_tensor_type", end);
                    type.become(OnnxModel.TypeKind.SPARSE_TENSOR);
                    tensorType(sub, type, SPARSE_TENSOR_TYPE);
                }
                case 4 -> skipKind("sequence_type", end, type, OnnxModel.TypeKind.SEQUENCE);
                case 5 -> skipKind("map_type", end, type, OnnxModel.TypeKind.MAP);
                case 7 -> skipKind("opaque_type", end, type, OnnxModel.TypeKind.OPAQUE);
                case 9 -> skipKind("optional_type", end, type, OnnxModel.TypeKind.OPTIONAL);
                case 6 -> skipLength("denotation", end);
                default -> skip(end);
            }
        }
    }

    private void skipKind(String name, long end, Type type, OnnxModel.TypeKind kind) {
        skipLength(name, end);
        type.become(kind);
    }

    /** TypeProto.Tensor and TypeProto.SparseTensor: elem_type 1 (int32), shape 2. */
    private void tensorType(long end, Type type, String messageName) {
        while (in.position() < end) {
            switch (tag(end, messageName)) {
                case 1 -> type.elemType = (int) varint("elem_type", end);
                case 2 -> {
                    long sub = length("shape", end);
                    if (type.shape == null) {
                        type.shape = new ArrayList<>();
                    }
                    shape(sub, type.shape);
                }
                default -> skip(end);
            }
        }
    }

    /** TensorShapeProto: dim 1. */
    private void shape(long end, List<OnnxModel.Dim> dims) {
        while (in.position() < end) {
            if (tag(end, SHAPE) == 1) {
                dims.add(dimension(length("dim", end)));
            } else {
                skip(end);
            }
        }
    }

    /** TensorShapeProto.Dimension: dim_value 1 or dim_param 2 (a oneof), denotation 3. */
    private OnnxModel.Dim dimension(long end) {
        Long value = null;
        String param = null;
        while (in.position() < end) {
            switch (tag(end, DIMENSION)) {
                case 1 -> {
                    value = varint("dim_value", end);
                    param = null;
                }
                case 2 -> {
                    param = string("dim_param", end);
                    value = null;
                }
                case 3 -> skipLength("denotation", end);
                default -> skip(end);
            }
        }
        return new OnnxModel.Dim(value, param);
    }

    // Wire format --------------------------------------------------------------------------------------------------

    /**
     * Reads a tag inside {@code messageName} and returns its field number; its wire type is kept for the field's
     * reader. Rejects field number 0, numbers above 2^29 - 1, an end-group tag outside a group and the undefined
     * wire types 6 and 7; when this is the file's first byte, as not protobuf at all (a model starts with a field,
     * never with a group).
     */
    private int tag(long end, String messageName) {
        return tag(end, messageName, false);
    }

    /** {@link #tag}; inside a skipped group ({@code inGroup}) an end-group tag is expected, not an error. */
    private int tag(long end, String messageName, boolean inGroup) {
        message = messageName;
        fieldNumber = "-";
        fieldName = "";
        fieldAt = in.position();
        long tag = in.varint(end);
        long number = tag >>> 3;
        wire = (int) (tag & 7);
        boolean bad = number == 0 || number > MAX_FIELD_NUMBER || wire == 3 || wire == 4 || wire > 5;
        if (bad && fieldAt == 0) {
            String hex = Integer.toHexString(firstByte(tag));
            throw new OnnxFormatException(OnnxProblem.NOT_PROTOBUF, 0, hex.length() == 1 ? "0" + hex : hex);
        }
        if (number == 0) {
            throw new OnnxFormatException(OnnxProblem.FIELD_NUMBER_ZERO, fieldAt, messageName);
        }
        if (number > MAX_FIELD_NUMBER) {
            throw new OnnxFormatException(OnnxProblem.FIELD_NUMBER_TOO_LARGE, fieldAt, messageName,
                    Long.toUnsignedString(number));
        }
        fieldNumber = Long.toString(number);
        if (wire == 4 && !inGroup) {
            throw new OnnxFormatException(OnnxProblem.GROUP_END_UNMATCHED, fieldAt, messageName, fieldNumber);
        }
        if (wire > 5) {
            throw new OnnxFormatException(OnnxProblem.INVALID_WIRE_TYPE, fieldAt, messageName, fieldNumber, wire);
        }
        return (int) number;
    }

    /**
     * Skips a group whose start tag was just read, to the end tag of the same field number, with the groups nested
     * in it; each step reads at least one byte and the open groups are at most {@link #MAX_GROUP_DEPTH}, so this
     * ends and allocates nothing the file only claims.
     */
    private void skipGroup(long end) {
        String messageName = message;
        long startAt = fieldAt;
        String startNumber = fieldNumber;
        int[] open = new int[MAX_GROUP_DEPTH];
        int depth = 0;
        open[depth++] = Integer.parseInt(fieldNumber);
        while (depth > 0) {
            if (in.position() >= end) {
                throw new OnnxFormatException(OnnxProblem.GROUP_NOT_CLOSED, startAt, messageName, startNumber);
            }
            int number = tag(end, messageName, true);
            if (wire == 4) {
                if (number != open[depth - 1]) {
                    throw new OnnxFormatException(OnnxProblem.GROUP_END_UNMATCHED, fieldAt, messageName, fieldNumber);
                }
                depth--;
            } else if (wire == 3) {
                if (depth == MAX_GROUP_DEPTH) {
                    throw new OnnxFormatException(OnnxProblem.GROUP_TOO_DEEP, fieldAt, messageName, fieldNumber,
                            MAX_GROUP_DEPTH);
                }
                open[depth++] = number;
            } else {
                skip(end);
            }
        }
    }

    /** The first byte of a tag read at offset 0 (its low 7 bits, with the continuation bit when it had more). */
    private static int firstByte(long tag) {
        return (int) (tag & 0x7F) | (tag > 0x7F ? 0x80 : 0);
    }

    private void expect(int expectedWire, String name) {
        fieldName = name;
        if (wire != expectedWire) {
            throw problem(OnnxProblem.WRONG_WIRE_TYPE, fieldAt, expectedWire, wire);
        }
    }

    private long varint(String name, long end) {
        expect(0, name);
        return in.varint(end);
    }

    /** A length-delimited field: checks its length against what its message has left; returns where it ends. */
    private long length(String name, long end) {
        expect(2, name);
        long length = in.varint(end);
        long left = end - in.position();
        if (length < 0 || length > left) {
            throw problem(OnnxProblem.LENGTH_PAST_END, fieldAt, Long.toUnsignedString(length), left);
        }
        return in.position() + length;
    }

    private void skipLength(String name, long end) {
        in.seek(length(name, end));
    }

    /** A string field the summary keeps: UTF-8 (invalid sequences become U+FFFD), at most MAX_TEXT_BYTES. */
    private String string(String name, long end) {
        long sub = length(name, end);
        long length = sub - in.position();
        if (length > MAX_TEXT_BYTES) {
            throw problem(OnnxProblem.STRING_TOO_LONG, fieldAt, length, MAX_TEXT_BYTES);
        }
        byte[] bytes = in.bytes((int) length);
        for (byte b : bytes) {
            if (b < 0) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) bytes[i];
        }
        return new String(chars);
    }

    /**
     * A repeated number field, packed (wire type 2) or not (its scalar wire type): returns how many values it holds.
     * Packed varints are walked one by one (each at most 10 bytes, none crossing the field's end); packed fixed-size
     * values are counted from the length, which must be a multiple of {@code fixedBytes}, and skipped unread.
     *
     * @param scalarWire 0 (varint), 1 (I64) or 5 (I32)
     * @param fixedBytes 4 or 8 for fixed-size values, 0 for varints
     */
    private long repeated(String name, long end, int scalarWire, int fixedBytes) {
        fieldName = name;
        if (wire == scalarWire) {
            if (fixedBytes == 0) {
                in.varint(end);
            } else {
                in.fixed(fixedBytes, end);
            }
            return 1;
        }
        if (wire != 2) {
            throw problem(OnnxProblem.WRONG_WIRE_TYPE, fieldAt, scalarWire + " or 2", wire);
        }
        long sub = length(name, end);
        if (fixedBytes > 0) {
            long length = sub - in.position();
            if (length % fixedBytes != 0) {
                throw problem(OnnxProblem.PACKED_LENGTH_NOT_MULTIPLE, fieldAt, length, fixedBytes);
            }
            in.seek(sub);
            return length / fixedBytes;
        }
        long count = 0;
        while (in.position() < sub) {
            in.varint(sub);
            count++;
        }
        return count;
    }

    /** An unknown field: skipped by its wire type, with the same checks. */
    private void skip(long end) {
        switch (wire) {
            case 0 -> in.varint(end);
            case 1 -> in.fixed(8, end);
            case 5 -> in.fixed(4, end);
            case 3 -> skipGroup(end);
            default -> in.seek(length("", end));
        }
    }

    /** The default domain is written "" or "ai.onnx"; both are reported as "". */
    static String normalised(String domain) {
        return domain.equals("ai.onnx") ? "" : domain;
    }
}
