package notes.page;

import notes.gguf.GgufFormatException;

/** The page's wording (zh-Hant) for a GGUF file the reader rejected, with the byte offset where it went wrong. */
public final class GgufMessages {
    private GgufMessages() {
    }

    public static String zhHant(GgufFormatException e) {
        return "無法讀取這個檔案：第 " + e.offset() + " 個位元組起的內容不符合 GGUF 格式（" + e.getMessage() + "）。";
    }
}
