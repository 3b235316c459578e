package notes.gguf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a GGUF header says: version, metadata, tensor descriptions, alignment and where tensor data starts
 * ({@code dataOffset}, an absolute file offset).
 */
public record GgufFile(long version, long tensorCount, long kvCount, long alignment, long dataOffset, long fileSize,
                       Map<String, MetadataValue> metadata, List<TensorInfo> tensors) {

    public long parameterCount() {
        long sum = 0;
        for (TensorInfo t : tensors) {
            sum += t.elements();
        }
        return sum;
    }

    public long tensorBytes() {
        long sum = 0;
        for (TensorInfo t : tensors) {
            sum += t.bytes();
        }
        return sum;
    }

    /** Average storage per weight over all tensors. */
    public double bitsPerWeight() {
        long parameters = parameterCount();
        return parameters == 0 ? 0 : 8.0 * tensorBytes() / parameters;
    }

    /** Tensor count, parameters and bytes per tensor type, in the order types first appear. */
    public Map<GgmlType, long[]> totalsByType() {
        Map<GgmlType, long[]> totals = new LinkedHashMap<>();
        for (TensorInfo t : tensors) {
            long[] row = totals.computeIfAbsent(t.type(), k -> new long[3]);
            row[0]++;
            row[1] += t.elements();
            row[2] += t.bytes();
        }
        return totals;
    }

    /** The architecture's value for {@code ARCH.suffix} (e.g. "attention.head_count"), or null. */
    public MetadataValue architectureValue(String suffix) {
        MetadataValue arch = metadata.get("general.architecture");
        return arch == null || arch.type() != ValueType.STRING ? null : metadata.get(arch.value() + "." + suffix);
    }
}
