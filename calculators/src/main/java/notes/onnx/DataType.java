package notes.onnx;

/**
 * {@code TensorProto.DataType} of onnx.proto (ONNX 1.20: codes 0 to 26), with the bytes one value of the tensor's
 * typed data fields stands for ({@code float_data}, {@code int32_data}, {@code int64_data}, {@code double_data},
 * {@code uint64_data}), which is what {@code raw_data} would hold for it: FLOAT16 kept in {@code int32_data} counts
 * 2 bytes per value, not 4; a complex number is two values (real, imaginary) of 4 or 8 bytes; a 4-bit or 2-bit type
 * packs one byte of elements into each {@code int32_data} value (onnx.proto's comment on {@code int32_data}).
 * STRING and UNDEFINED count 0: strings live in {@code string_data}, which the summary does not count.
 */
public enum DataType {
    UNDEFINED(0), FLOAT(4), UINT8(1), INT8(1), UINT16(2), INT16(2), INT32(4), INT64(8), STRING(0), BOOL(1),
    FLOAT16(2), DOUBLE(8), UINT32(4), UINT64(8), COMPLEX64(4), COMPLEX128(8), BFLOAT16(2), FLOAT8E4M3FN(1),
    FLOAT8E4M3FNUZ(1), FLOAT8E5M2(1), FLOAT8E5M2FNUZ(1), UINT4(1), INT4(1), FLOAT4E2M1(1), FLOAT8E8M0(1), UINT2(1),
    INT2(1);

    private static final DataType[] BY_CODE = values();

    private final int bytesPerValue;

    DataType(int bytesPerValue) {
        this.bytesPerValue = bytesPerValue;
    }

    /** The code in onnx.proto (the constant's position: the enum lists them in code order from 0). */
    public int code() {
        return ordinal();
    }

    /** Bytes per value of the typed data fields (see the class comment). */
    public int bytesPerValue() {
        return bytesPerValue;
    }

    /** The type with {@code code}, or null for a code this table does not know. */
    public static DataType ofCode(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }

    /** The onnx.proto name of {@code code}, or the code as decimal text when it is not one this table knows. */
    public static String name(long code) {
        DataType type = ofCode(code);
        return type == null ? Long.toString(code) : type.name();
    }
}
