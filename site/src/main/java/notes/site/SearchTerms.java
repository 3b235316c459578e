package notes.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terms search indexes and looks up, the same rule as {@code terms} in assets/js/search.js (SearchTermsTest runs
 * both on the same text): text folded by Unicode NFKC and lower case (so ＫＶ is kv), then each run of letters and
 * digits is one term, except a run of Chinese or Japanese characters, which gives its overlapping bigrams (a single
 * character stays one term). "KV 快取" and "kv快取" both give kv, 快取.
 */
final class SearchTerms {

    /**
     * How many files the index is split into (search/0.json … search/255.json), the same number as BUCKETS in
     * search.js: fixed, so the page knows a term's file without first fetching a list of files.
     */
    static final int BUCKETS = 256;

    private SearchTerms() {
    }

    /** NFKC (full-width letters become ASCII) and lower case, as the page folds a query. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The terms of {@code text}, in order, repeated as often as they occur. A scan by code point, not a regular
     * expression: a build folds the text of every note here, and a matcher per word cost more than the rest of the
     * search index together.
     */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        String folded = fold(text);
        int runStart = -1;
        boolean runCjk = false;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : -1;
            boolean cjk = c >= 0 && isCjk(c);
            boolean word = cjk || c >= 0 && isLetterOrNumber(c);
            if (runStart >= 0 && (!word || cjk != runCjk)) {
                addRun(folded.substring(runStart, i), runCjk, terms);
                runStart = -1;
            }
            if (word && runStart < 0) {
                runStart = i;
                runCjk = cjk;
            }
            i += c >= 0 ? Character.charCount(c) : 1;
        }
        return terms;
    }

    /** A run of letters and digits is one term; a run of Chinese or Japanese characters gives its bigrams. */
    private static void addRun(String run, boolean cjk, List<String> terms) {
        if (!cjk) {
            terms.add(run);
            return;
        }
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            terms.add(run);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            terms.add(new String(chars, i, 2));
        }
    }

    /** Han, hiragana or katakana: the scripts {@code \p{IsHan}}, {@code \p{IsHiragana}}, {@code \p{IsKatakana}}. */
    static boolean isCjk(int c) {
        if (c < 0x2E80) {
            return false; // below the CJK radicals: Latin, Greek, punctuation… (the common case, without a lookup)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** General category L or N ({@code [\p{L}\p{N}]}). */
    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The prefix group a term is in: its first character's code point in hex, and for a word of letters or digits
     * also the second's ("6b-76" for kv, "5feb" for 快取); {@link #bucket} keeps a group in one file, so a prefix of
     * two letters or one Chinese character finds every term it begins there.
     */
    static String shard(String term) {
        int first = term.codePointAt(0);
        String key = Integer.toHexString(first);
        int next = Character.charCount(first);
        if (isCjk(first) || next >= term.length()) {
            return key;
        }
        return key + "-" + Integer.toHexString(term.codePointAt(next));
    }

    /**
     * The index file a term is in: its {@link #shard} key's {@link String#hashCode} modulo {@link #BUCKETS} (search.js
     * computes the same), so the terms a prefix begins are in one file, and every file exists however few notes.
     */
    static int bucket(String term) {
        return Math.floorMod(shard(term).hashCode(), BUCKETS);
    }
}
