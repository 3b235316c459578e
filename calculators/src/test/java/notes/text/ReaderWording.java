package notes.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording rules for text a reader sees, shared by the notes' test (site) and the calculators' labels test: Taiwan
 * usage instead of mainland terms, and no TeX written as plain text (a caret or an underscore between letters, a
 * backslash command).
 *
 * <p>The term list follows the Ministry of Education's cross-strait vocabulary comparison (兩岸常用詞典,
 * https://www.zhonghuayuwen.org/) and the review: 顯存 → GPU 記憶體; 程序 only where it means an operating
 * system process (行程), which a word list cannot tell from 程序 "procedure", so it is matched in its IT compounds.
 */
public final class ReaderWording {
    /** Mainland term → the Taiwan term to write instead. */
    public static final Map<String, String> TAIWAN_TERMS = terms();

    /**
     * {@code 10^23}, {@code d_h^R}, {@code π_θ}, {@code E_{x}}, {@code \\pi}: TeX outside math. A one-letter symbol with a
     * subscript is TeX; a config key such as {@code routed_scaling_factor} (words joined by underscores) is not.
     */
    private static final Pattern RAW_TEX = Pattern.compile(
            "[\\p{IsAlphabetic}\\d}]\\^[\\p{IsAlphabetic}\\d{]|(?<!\\p{IsAlphabetic})\\p{IsAlphabetic}_[\\p{IsAlphabetic}\\d{]"
                    + "|\\p{IsAlphabetic}_\\{|\\\\[a-z]{2,}");

    private ReaderWording() {
    }

    private static Map<String, String> terms() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("顯存", "GPU 記憶體");
        t.put("內存", "記憶體");
        t.put("多個程序", "多個行程");
        t.put("進程", "行程");
        t.put("線程", "執行緒");
        t.put("默認", "預設");
        t.put("軟件", "軟體");
        t.put("硬件", "硬體");
        t.put("視頻", "影片");
        t.put("網絡", "網路");
        t.put("服務器", "伺服器");
        t.put("數據庫", "資料庫");
        t.put("信息", "資訊");
        t.put("優化器", "最佳化器");
        t.put("字節", "位元組");
        t.put("緩存", "快取");
        t.put("調用", "呼叫");
        t.put("源代碼", "原始碼");
        t.put("文件夾", "資料夾");
        t.put("二進制", "二進位");
        t.put("運行", "執行");
        return t;
    }

    /** Each rule {@code text} breaks, worded for a failure message ("顯存 → GPU 記憶體"), in order of appearance. */
    public static List<String> problems(String text) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : TAIWAN_TERMS.entrySet()) {
            if (text.contains(e.getKey())) {
                found.add(e.getKey() + " → " + e.getValue());
            }
        }
        Matcher m = RAW_TEX.matcher(text);
        while (m.find()) {
            found.add("TeX or an identifier in plain text: \"" + m.group()
                    + "\" (in a note: $...$ for math, `...` for a key or file name; in a label: words or Unicode)");
        }
        return found;
    }
}
