package notes.gguf;

/**
 * One tensor's description from the header.
 *
 * @param shape  dimensions in GGUF order (innermost first)
 * @param offset start of its data relative to the tensor data section
 */
public record TensorInfo(String name, long[] shape, GgmlType type, long offset, long elements, long bytes) {
}
