package notes.form;

/**
 * The zh-Hant sentence for each {@link FieldProblem}, in one switch with no default branch, so a new code does not
 * compile until it has its wording. Bounds are written like results ("1,000,000"), never in exponent form.
 */
public final class Messages {
    private Messages() {
    }

    /**
     * @param problem what is wrong
     * @param field   the declared field
     * @param typed   the text as the reader typed it (quoted in the message)
     * @param row     for matrix problems, the row number from 1; otherwise unused
     * @param count   for matrix problems, the count found or allowed; otherwise unused
     */
    public static String zhHant(FieldProblem problem, Field field, String typed, int row, int count) {
        String unit = field.unit().isEmpty() ? "" : " " + field.unit();
        return switch (problem) {
            case EMPTY -> (field.kind() == FieldKind.SELECT || field.kind() == FieldKind.RADIO ? "請選擇「" : "請填寫「")
                    + field.label() + "」。";
            case NOT_A_NUMBER -> "「" + typed + "」不是數字，請輸入像 1,500,000 或 95.25 這樣的數。";
            case EXPONENT -> "「" + typed + "」用了科學記號，請寫成一般的數（例如 1e6 寫成 1,000,000）。";
            case MISPLACED_COMMA -> "「" + typed + "」的逗號不在千分位上；小數點請用「.」（例如 1.5）。";
            case PERCENT_NOT_THIS_UNIT -> "這一欄不是百分比，請拿掉「%」" + (unit.isEmpty() ? "。" : "（單位是" + unit + "）。");
            case OUT_OF_RANGE -> "須介於 " + Decimals.readable(field.min()) + unit + " 與 "
                    + Decimals.readable(field.max()) + unit + " 之間。";
            case NOT_ABOVE -> "須大於 " + Decimals.readable(field.min()) + unit + "，且不超過 "
                    + Decimals.readable(field.max()) + unit + "。";
            case NOT_WHOLE -> "須為整數（「" + typed + "」有小數）。";
            case NOT_A_DATE -> "「" + typed + "」不是 1900 到 9999 年之間的日期，請用 YYYY-MM-DD（例如 2008-02-15）。";
            case NOT_A_CHOICE -> "「" + typed + "」不是可選的項目，請從清單中選一個。";
            case NOT_YES_OR_NO -> "「" + typed + "」請填 yes 或 no。";
            case ROW_NOT_A_NUMBER -> "第 " + row + " 列的「" + typed + "」不是數字。";
            case ROW_LENGTHS_DIFFER -> "第 " + row + " 列有 " + count + " 個數，和第 1 列的個數不同。";
            case TOO_MANY_ROWS -> "最多 " + count + " 列。";
            case TOO_MANY_COLUMNS -> "每列最多 " + count + " 個數。";
            case TOO_LONG -> "太長了：最多 " + count + " 個字。";
        };
    }
}
