package notes.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms search indexes and looks up, the same rule as {@code terms} in assets/js/search.js (SearchTermsTest runs
 * both on the same text): text folded by Unicode NFKC and lower case (so ＫＶ is kv), then each run of letters and
 * digits is one term, except a run of Chinese or Japanese characters, which gives its overlapping bigrams (a single
 * character stays one term). "KV 快取" and "kv快取" both give kv, 快取.
 */
final class SearchTerms {
    private static final Pattern RUN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

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

    /** The terms of {@code text}, in order, repeated as often as they occur. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher run = RUN.matcher(fold(text));
        while (run.find()) {
            String word = run.group();
            if (!CJK.matcher(word.substring(0, Character.charCount(word.codePointAt(0)))).matches()) {
                terms.add(word);
                continue;
            }
            int[] chars = word.codePoints().toArray();
            if (chars.length == 1) {
                terms.add(word);
            }
            for (int i = 0; i + 1 < chars.length; i++) {
                terms.add(new String(chars, i, 2));
            }
        }
        return terms;
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
        if (CJK.matcher(Character.toString(first)).matches() || next >= term.length()) {
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
