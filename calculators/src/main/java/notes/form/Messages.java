package notes.form;

/**
 * The zh-Hant sentence for each {@link FieldProblem}, in one switch with no default branch, so a new code does not
 * compile until it has its wording. Bounds are written like results ("1,000,000"), never in exponent form; a unit
 * follows its number with a space only when it is Latin ("5 %", "7 年").
 */
public final class Messages {
    /** Longer text is quoted by its first characters: a message must not repeat a whole pasted page. */
    private static final int QUOTED = 24;

    private Messages() {
    }

    /**
     * @param problem what is wrong
     * @param field   the declared field
     * @param typed   the text as the reader typed it (quoted in the message, shortened when long)
     * @param row     for matrix problems, the row number from 1; otherwise unused
     * @param count   for matrix problems, the count found or allowed; otherwise unused
     */
    public static String zhHant(FieldProblem problem, Field field, String typed, int row, int count) {
        String quoted = "「" + shorten(typed) + "」";
        String where = field.kind() == FieldKind.VECTOR ? "" : "第 " + row + " 列的";
        return switch (problem) {
            case EMPTY -> (field.kind() == FieldKind.SELECT || field.kind() == FieldKind.RADIO ? "請選擇「" : "請填寫「")
                    + field.label() + "」。";
            case NO_FILE -> "請選擇一個檔案。";
            case NOT_A_NUMBER -> quoted + "不是數字，請輸入像 1,500,000 或 95.25 這樣的數。";
            case EXPONENT -> quoted + "用了科學記號，請寫成一般的數（例如 1e6 寫成 1,000,000）。";
            case MISPLACED_COMMA -> quoted + "的逗號不在千分位上；小數點請用「.」（例如 1.5）。";
            case PERCENT_NOT_THIS_UNIT -> "這一欄不是百分比，請拿掉「%」"
                    + (field.unit().isEmpty() ? "。" : "（單位是 " + field.unit() + "）。");
            case OUT_OF_RANGE -> "須介於 " + amount(field.min(), field) + "與 " + amount(field.max(), field) + "之間。";
            case NOT_ABOVE -> "須大於 " + amount(field.min(), field).trim() + "，且不超過 "
                    + amount(field.max(), field).trim() + "。";
            case NOT_WHOLE -> "須為整數（" + quoted + "有小數）。";
            case NOT_A_DATE -> quoted + "的格式不對，請寫成年-月-日，例如 2008-02-15（2008/2/15 也可以）。";
            case DATE_OUT_OF_RANGE -> quoted + "早於 1900 年，請填 1900 到 9999 年之間的日期。";
            case NO_SUCH_DAY -> quoted + "不是日曆上有的日子，請檢查月份與日期（例如 2 月最多 29 日）。";
            case NOT_A_CHOICE -> quoted + "不是可選的項目，請從清單中選一個。";
            case NOT_YES_OR_NO -> quoted + "不是勾選值：勾選寫 true（或 yes），不勾選寫 false（或 no）。";
            case ROW_NOT_A_NUMBER -> where + quoted + "不是數字。";
            case ROW_OUT_OF_RANGE -> where + quoted + "超出範圍：每個數須介於 -1,000,000 與 1,000,000 之間。";
            case ROW_LENGTHS_DIFFER -> "第 " + row + " 列有 " + count + " 個數，和第 1 列的個數不同。";
            case TOO_MANY_ROWS -> "最多 " + count + " 列。";
            case TOO_MANY_COLUMNS -> (field.kind() == FieldKind.VECTOR ? "最多 " : "每列最多 ") + count + " 個數。";
            case TOO_LONG -> "太長了：最多 " + count + " 個字。";
        };
    }

    /**
     * A bound with its unit and the space that follows it: "0 " with no unit, "5 % " with a Latin unit, "7 年"
     * with a Chinese one (no space between Chinese characters).
     */
    private static String amount(double value, Field field) {
        String unit = field.unit();
        String number = Decimals.readable(value);
        if (unit.isEmpty()) {
            return number + " ";
        }
        char last = unit.charAt(unit.length() - 1);
        boolean chinese = last >= '\u4E00' && last <= '\u9FFF'; // CJK Unified Ideographs

        return number + " " + unit + (chinese ? "" : " ");
    }

    private static String shorten(String typed) {
        return typed.length() <= QUOTED ? typed : typed.substring(0, QUOTED - 4) + "…";
    }
}
