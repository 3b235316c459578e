package notes.form;

/** One option of a {@link FieldKind#SELECT} or {@link FieldKind#RADIO} field: the value sent and its zh-Hant label. */
public record Choice(String value, String label) {
}
