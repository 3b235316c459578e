package notes.page;

import java.util.List;

import notes.onnx.OnnxFormatException;
import notes.onnx.OperatorSince;

/**
 * The page's wording (zh-Hant, Taiwan usage) for an ONNX model the reader rejected, one sentence per
 * {@link notes.onnx.OnnxProblem} ending with the byte offset, and for each operator the declared opsets do not
 * define, one per {@link OperatorSince.Problem}. Message and field names are onnx.proto's own (ModelProto,
 * graph...); the protobuf terms varint and wire type are kept as the encoding specification spells them. Names from
 * the file are quoted with 「」.
 */
public final class OnnxMessages {
    private static final String BYTES = " 個位元組";

    private OnnxMessages() {
    }

    /** The sentence for {@code e}, for example "檔案是空的（0 個位元組）…（第 0 個位元組）。". */
    public static String zhHant(OnnxFormatException e) {
        return body(e) + "（第 " + e.offset() + " 個位元組）。";
    }

    /** With no default branch, a new problem does not compile until it is worded here. */
    private static String body(OnnxFormatException e) {
        List<String> a = e.args();
        return switch (e.problem()) {
            case EMPTY_FILE -> "檔案是空的（0" + BYTES + "），沒有計算圖，不是 ONNX 模型";
            case NOT_PROTOBUF -> "這不是 ONNX 模型：第一個位元組 0x" + a.get(0) + " 不是 protobuf 的欄位標籤";
            case VARINT_TOO_LONG -> field(a) + "的 varint 超過 10" + BYTES + "（varint 最多 10" + BYTES + "）";
            case VARINT_PAST_END -> "檔案不完整：" + within(a.get(0)) + "在" + field(a) + "的 varint 中間就結束了（只剩 "
                    + a.get(3) + BYTES + "）";
            case FIXED_PAST_END -> "檔案不完整：" + field(a) + "是 " + a.get(3) + " 位元組的值，但" + within(a.get(0))
                    + "只剩 " + a.get(4) + BYTES;
            case LENGTH_PAST_END -> "檔案不完整：" + field(a) + "標示長度為 " + a.get(3) + BYTES + "，但"
                    + within(a.get(0)) + "只剩 " + a.get(4) + BYTES;
            case INVALID_WIRE_TYPE -> a.get(0) + " 的第 " + a.get(1) + " 號欄位用了不存在的 wire type " + a.get(2)
                    + "（protobuf 只定義 0 到 5）";
            case GROUP_END_UNMATCHED -> a.get(0) + " 的第 " + a.get(1) + " 號欄位結束了一個沒有開始的 group（wire type 4）";
            case GROUP_NOT_CLOSED -> a.get(0) + " 的第 " + a.get(1) + " 號欄位開始了一個 group（wire type 3），"
                    + "直到訊息結束都沒有收尾";
            case GROUP_TOO_DEEP -> a.get(0) + " 的第 " + a.get(1) + " 號欄位的 group 巢狀超過 " + a.get(2) + " 層";
            case FIELD_NUMBER_ZERO -> a.get(0) + " 裡出現欄位編號 0（protobuf 的欄位編號從 1 開始）";
            case FIELD_NUMBER_TOO_LARGE -> a.get(0) + " 的欄位編號 " + a.get(1) + " 超過 protobuf 允許的上限 536870911";
            case WRONG_WIRE_TYPE -> field(a) + "的 wire type 是 " + a.get(4) + "，onnx.proto 規定要用 " + a.get(3);
            case PACKED_LENGTH_NOT_MULTIPLE -> "打包的" + field(a) + "長 " + a.get(3) + BYTES + "，不是 " + a.get(4)
                    + " 的倍數";
            case STRING_TOO_LONG -> field(a) + "長 " + a.get(3) + BYTES + "，本工具只讀取 " + a.get(4) + BYTES
                    + "以內的名稱與文字";
            case NO_GRAPH -> "沒有計算圖：ModelProto 缺少第 7 號欄位（graph），沒有可以執行的模型";
            case BAD_EXTERNAL_LENGTH -> "初始值" + quote(a.get(0)) + "存放在外部檔案，但標示的長度" + quote(a.get(1))
                    + "不是非負整數";
        };
    }

    /** The sentence for an operator the declared opsets do not define. With no default branch, as above. */
    public static String zhHant(OperatorSince.Flag flag) {
        String op = "運算子" + quote(flag.operator().opType()) + "（" + domain(flag.operator().domain()) + "）";
        return switch (flag.problem()) {
            case DOMAIN_NOT_IMPORTED -> op + "：模型沒有匯入這個網域的 opset。";
            case NEWER_THAN_OPSET -> op + "到 opset " + flag.since() + " 才出現，但模型宣告的是 opset "
                    + flag.declared() + "。";
            case NOT_ONNX_STANDARD -> op + "不是 ONNX 標準運算子：它是 ONNX Runtime 自己註冊在預設網域的運算子，"
                    + "ONNX Runtime 能執行，ONNX 的 checker 則會拒絕（不論 opset 版本）。";
        };
    }

    private static String domain(String domain) {
        return domain.isEmpty() ? "預設網域" : "網域" + quote(domain);
    }

    /** For example "ModelProto 的第 7 號欄位（graph）". */
    private static String field(List<String> a) {
        if (a.get(1).equals("-")) {
            return a.get(0) + " 的欄位標籤";
        }
        return a.get(0) + " 的第 " + a.get(1) + " 號欄位" + (a.get(2).isEmpty() ? "" : "（" + a.get(2) + "）");
    }

    private static String within(String message) {
        return message.equals("ModelProto") ? "檔案" : "所屬的 " + message + " ";
    }

    private static String quote(String fromFile) {
        return "「" + fromFile + "」";
    }
}
