package notes.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The order tags are listed in: by how many published documents carry them, most first, then by name in the JDK's
 * {@link Collator} for {@code zh-TW} (Latin letters, case ignored, before Han characters, these by stroke count), as a
 * reader in Taiwan expects an index to read. The tags index ({@link TagsByCount}) and each note ({@link NoteRenderer})
 * use it.
 */
final class TagOrder {
    private TagOrder() {
    }

    /** @param counts published documents per tag (a tag not in it counts 0) */
    static Comparator<String> byCount(Map<String, Integer> counts) {
        Collator taiwan = Collator.getInstance(Locale.TAIWAN);
        return Comparator.<String>comparingInt(tag -> -counts.getOrDefault(tag, 0)).thenComparing(taiwan::compare);
    }
}
