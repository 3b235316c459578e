package notes.form;

import java.util.Map;

import notes.base.ByteSource;

/**
 * One calculation as the page and the command line both run it: the typed text checked against the declaration,
 * the calculator's compute, and a last guard so that no exception text and no non-finite number ever reaches a
 * reader (either would be a bug in a calculator, reported under the form instead).
 */
public final class Run {
    /** The error slot under the whole form, for problems that belong to no single field. */
    public static final String FORM = "_form";

    private Run() {
    }

    /** Computes {@code calculator} on {@code raw} (field name to the text typed; missing keys take defaults). */
    public static Result compute(Calculator calculator, Map<String, String> raw) {
        return compute(calculator, raw, Map.of());
    }

    /**
     * The same with the bytes of file fields.
     *
     * @throws ByteSource.BytesNotLoaded when a file's bytes are not loaded yet (the page loads more, then runs again)
     */
    public static Result compute(Calculator calculator, Map<String, String> raw, Map<String, ByteSource> files) {
        try {
            Result result = calculator.compute(new Fields(calculator.declaration(), raw, files));
            for (String value : result.values().values()) {
                if (!Double.isFinite(Double.parseDouble(value))) {
                    return Result.invalid(FORM, "這組輸入算出的結果超出能表示的範圍，請把數字調小一些。");
                }
            }
            return result;
        } catch (ByteSource.BytesNotLoaded more) {
            throw more;
        } catch (RuntimeException e) {
            return Result.internalError(FORM, "計算時發生內部錯誤：這是程式的問題，不是輸入的問題，請回報你輸入的內容。",
                    e.toString());
        }
    }
}
