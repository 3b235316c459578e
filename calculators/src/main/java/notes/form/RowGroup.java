package notes.form;

import java.util.List;

/**
 * Rows of the same fields that the reader adds and removes (the rounds of a cap table). Field {@code NAME} of row
 * {@code i} (from 0) is named {@code PREFIX.i.NAME}; in {@code legend}, {@code {n}} is the row's number from 1, and a
 * field's initial value may use {@code {n}} too.
 *
 * @param prefix    the first part of every field name of the group
 * @param legend    zh-Hant legend of one row, with {@code {n}}
 * @param fields    the fields of one row, by short name
 * @param initial   rows on a fresh page
 * @param max       most rows a reader can add
 * @param addLabel  zh-Hant text of the add button
 * @param removeLabel zh-Hant text of each row's remove button
 */
public record RowGroup(String prefix, String legend, List<Field> fields, int initial, int max, String addLabel,
                       String removeLabel) {
    public RowGroup {
        fields = List.copyOf(fields);
    }
}
