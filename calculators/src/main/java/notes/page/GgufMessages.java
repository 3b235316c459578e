package notes.page;

import java.util.List;

import notes.form.Decimals;
import notes.gguf.GgufFormatException;
import notes.gguf.KvCacheNote;

/**
 * The page's wording (zh-Hant, Taiwan usage) for a GGUF file the reader rejected: one sentence per
 * {@link notes.gguf.GgufProblem}, ending with the byte offset where the problem starts. Keys and tensor names from
 * the file are quoted with 「」 so that they read as names, whatever language they are in. Also the notes on the
 * KV-cache estimate, one per {@link KvCacheNote}.
 */
public final class GgufMessages {
    private static final String BYTES = " 個位元組";

    private GgufMessages() {
    }

    /** The sentence for {@code e}, for example "這不是 GGUF 檔：開頭四個位元組不是「GGUF」（第 0 個位元組）。". */
    public static String zhHant(GgufFormatException e) {
        return body(e) + "（第 " + e.offset() + " 個位元組）。";
    }

    /** With no default branch, a new problem does not compile until it is worded here. */
    private static String body(GgufFormatException e) {
        List<String> a = e.args();
        return switch (e.problem()) {
            case BAD_MAGIC -> "這不是 GGUF 檔：開頭四個位元組不是「GGUF」";
            case UNSUPPORTED_VERSION -> "不支援 GGUF 第 " + a.get(0) + " 版：本工具只讀取第 2 版與第 3 版";
            case TRUNCATED_VALUE -> "檔案不完整：這裡應有一個 " + a.get(0) + " 位元組的值，但整個檔案只有 " + a.get(1)
                    + BYTES;
            case FILE_ENDS_EARLY -> "檔案提前結束：整個檔案只有 " + a.get(0) + BYTES;
            case METADATA_COUNT_TOO_LARGE -> cannotFit("中繼資料筆數", a.get(0), a.get(1));
            case TENSOR_COUNT_TOO_LARGE -> cannotFit("張量數量", a.get(0), a.get(1));
            case ARRAY_LENGTH_TOO_LARGE -> cannotFit(quote(a.get(0)) + "的陣列長度", a.get(1), a.get(2));
            case KEY_LENGTH_TOO_LARGE -> claims("中繼資料鍵名", a.get(0), a.get(1));
            case TENSOR_NAME_LENGTH_TOO_LARGE -> claims("張量名稱", a.get(0), a.get(1));
            case STRING_LENGTH_TOO_LARGE -> claims(quote(a.get(0)) + "的字串值", a.get(1), a.get(2));
            case DUPLICATE_KEY -> "中繼資料鍵名" + quote(a.get(0)) + "重複出現";
            case UNKNOWN_VALUE_TYPE -> quote(a.get(0)) + "的值型別代碼 " + a.get(1) + " 不在規格之內";
            case ARRAYS_TOO_DEEP -> quote(a.get(0)) + "的陣列巢狀超過 " + a.get(1) + " 層";
            case BAD_BOOLEAN -> "布林值" + quote(a.get(0)) + "存的是 " + a.get(1) + "，只能是 0 或 1";
            case DUPLICATE_TENSOR -> "張量名稱" + quote(a.get(0)) + "重複出現";
            case TOO_MANY_DIMENSIONS -> tensor(a) + "有 " + a.get(1) + " 個維度，最多只能有 " + a.get(2) + " 個";
            case DIMENSION_TOO_LARGE -> tensor(a) + "的維度 " + a.get(1) + " 長度為 " + a.get(2) + "，已達 2^63 以上";
            case ELEMENT_COUNT_OVERFLOW -> tensor(a) + "的元素總數超出 64 位元整數的範圍";
            case REMOVED_TENSOR_TYPE -> tensor(a) + "的型別代碼 " + a.get(1) + " 已從格式中移除";
            case UNKNOWN_TENSOR_TYPE -> tensor(a) + "的型別代碼 " + a.get(1) + " 不在規格之內";
            case ROW_NOT_BLOCK_MULTIPLE -> tensor(a) + "每列有 " + a.get(1) + " 個元素，不是 " + a.get(2) + " 區塊大小 "
                    + a.get(3) + " 的倍數";
            case TENSOR_SIZE_OVERFLOW -> tensor(a) + "的位元組數超出 64 位元整數的範圍";
            case TENSOR_OFFSET_TOO_LARGE -> tensor(a) + "的位移 " + a.get(1) + " 已達 2^53 位元組以上，沒有檔案這麼大";
            case BAD_ALIGNMENT -> "「general.alignment」必須是 2 的乘冪、型別為 UINT32，這個檔案裡卻是 " + a.get(0) + " 值"
                    + quote(a.get(1));
            case DATA_SECTION_PAST_END -> "張量資料區應從第 " + a.get(0) + " 個位元組開始，但檔案在那之前就結束了";
            case MISALIGNED_TENSOR -> tensor(a) + "的位移 " + a.get(1) + " 不是對齊值 " + a.get(2) + " 的倍數";
            case OVERLAPPING_TENSORS -> tensor(a) + "從位移 " + a.get(1) + " 開始，與前一個張量重疊：前一個張量到位移 "
                    + a.get(2) + " 才結束";
            case TENSOR_DATA_PAST_END -> tensor(a) + "的資料從位移 " + a.get(2) + " 起共 " + a.get(1) + BYTES
                    + "，超出檔案結尾：資料區只有 " + a.get(3) + BYTES;
        };
    }

    /**
     * The note for {@code note}; {@code window} is the file's sliding window in tokens (used by the layout note only).
     * With no default branch, a new note does not compile until it is worded here.
     */
    public static String kvCache(KvCacheNote note, long window) {
        return switch (note) {
            case NO_BLOCK_COUNT -> "沒有 block_count（層數），或它不是正整數";
            case NO_HEAD_DIMENSION -> "沒有 attention.key_length，也沒有 embedding_length 與 head_count，推不出每頭維度";
            case UNKNOWN_SLIDING_LAYOUT -> "檔案設定了 " + Decimals.fixed(window, 0) + " token 的滑動視窗，但本工具不知道"
                    + "這個架構哪幾層使用它，所以每一層都以整段上下文計算（可能高估）";
        };
    }

    private static String quote(String fromFile) {
        return "「" + fromFile + "」";
    }

    private static String tensor(List<String> a) {
        return "張量" + quote(a.get(0));
    }

    private static String cannotFit(String what, String count, String bytesLeft) {
        return what + " " + count + " 太大，檔案剩下的 " + bytesLeft + BYTES + "放不下";
    }

    private static String claims(String what, String claimed, String bytesLeft) {
        return what + "標示長度為 " + claimed + BYTES + "，但檔案只剩 " + bytesLeft + BYTES;
    }
}
