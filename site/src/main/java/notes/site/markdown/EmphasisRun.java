package notes.site.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A run of {@code *} or {@code _} that remembers its length as written, for CommonMark's "multiple of 3" rule
 * (spec 0.31.2, section 6.2, rules 9 and 10): "If one of the delimiters can both open and close emphasis, then the sum
 * of the lengths of the delimiter runs containing the opening and closing delimiters must not be a multiple of 3
 * unless both lengths are multiples of 3." flexmark 0.64.8 applies the rule to the runs' remaining lengths and
 * without the "unless", so {@code foo***bar***baz} stays literal there (spec examples 416 and 417); the processors
 * below follow the spec and commonmark.js, the reference implementation.
 */
final class EmphasisRun extends Delimiter {
    private final int written;

    EmphasisRun(BasedSequence input, Text node, char c, boolean canOpen, boolean canClose, Delimiter previous,
                int index, int written) {
        super(input, node, c, canOpen, canClose, previous, index);
        this.written = written;
    }

    /** How many delimiters a matched pair uses: 0 when rules 9 and 10 forbid it, else as commonmark.js does. */
    static int use(DelimiterRun opener, DelimiterRun closer) {
        int openerRun = written(opener);
        int closerRun = written(closer);
        if ((opener.canClose() || closer.canOpen()) && (openerRun + closerRun) % 3 == 0
                && !(openerRun % 3 == 0 && closerRun % 3 == 0)) {
            return 0;
        }
        return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
    }

    private static int written(DelimiterRun run) {
        return run instanceof EmphasisRun e ? e.written : run.length();
    }

    /** {@code *} with the spec's delimiter use. */
    static final class Asterisks extends AsteriskDelimiterProcessor {
        Asterisks() {
            super(false);
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return use(opener, closer);
        }
    }

    /** {@code _} with the spec's delimiter use. */
    static final class Underscores extends UnderscoreDelimiterProcessor {
        Underscores() {
            super(false);
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return use(opener, closer);
        }
    }
}
