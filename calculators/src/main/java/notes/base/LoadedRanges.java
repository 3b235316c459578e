package notes.base;

import java.util.ArrayList;
import java.util.List;

/**
 * A file of which only some ranges are in memory: the browser's view of a local file read with {@code Blob.slice}.
 * A read inside a loaded range copies from it; any other read records what was missing ({@link #nextRange}) and
 * throws {@link ByteSource.BytesNotLoaded}, so the page loads that range and resumes the parse
 * ({@code notes.onnx.OnnxReader.Resumable}). Each
 * range loaded is bounded by the file's size and by {@link #MAX_WINDOW}, never by a length the file claims.
 *
 * <p>After a jump (a skipped {@code raw_data}) the next range is small ({@link #MIN_WINDOW}); reading on from the
 * end of a range doubles it, as a sequential scan of the graph's nodes would.
 */
public final class LoadedRanges implements ByteSource {
    public static final int MIN_WINDOW = 16 * 1024;
    public static final int MAX_WINDOW = 4 * 1024 * 1024;

    private final long size;
    /** Disjoint, non-adjacent ranges sorted by start. */
    private final List<long[]> bounds = new ArrayList<>();
    private final List<byte[]> data = new ArrayList<>();
    private long loaded;
    private int reads;
    private long requested;
    private long missAt = -1;
    private int missLength;

    public LoadedRanges(long size) {
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long position, byte[] target, int offset, int length) {
        for (int i = 0; i < bounds.size(); i++) {
            long start = bounds.get(i)[0];
            if (position >= start && position + length <= start + data.get(i).length) {
                System.arraycopy(data.get(i), (int) (position - start), target, offset, length);
                requested += length;
                return;
            }
        }
        missAt = position;
        missLength = length;
        throw new BytesNotLoaded(position + length);
    }

    /**
     * The range {@code [start, end)} to load after the last miss: from the end of the range the miss continues (a
     * window twice that range's size, at most {@link #MAX_WINDOW}), else {@link #MIN_WINDOW} from the miss; at least
     * the bytes the read asked for, and never past the end of the file. Null when nothing is missing.
     */
    public long[] nextRange() {
        if (missAt < 0) {
            return null;
        }
        long start = missAt;
        long window = MIN_WINDOW;
        for (int i = 0; i < bounds.size(); i++) {
            long s = bounds.get(i)[0];
            long e = s + data.get(i).length;
            if (missAt >= s && missAt <= e) {
                start = e;
                window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, 2L * data.get(i).length));
            }
        }
        long end = Math.min(size, Math.max(missAt + missLength, start + window));
        return new long[] {start, end};
    }

    /** Adds the bytes of {@code [start, start + bytes.length)}, merging with the ranges it touches. */
    public void add(long start, byte[] bytes) {
        missAt = -1;
        loaded += bytes.length;
        reads++;
        long s = start;
        long e = start + bytes.length;
        byte[] merged = bytes;
        for (int i = bounds.size() - 1; i >= 0; i--) {
            long rs = bounds.get(i)[0];
            byte[] rd = data.get(i);
            long re = rs + rd.length;
            if (re < s || rs > e) {
                continue;
            }
            long ns = Math.min(s, rs);
            long ne = Math.max(e, re);
            byte[] joined = new byte[(int) (ne - ns)];
            System.arraycopy(rd, 0, joined, (int) (rs - ns), rd.length);
            System.arraycopy(merged, 0, joined, (int) (s - ns), merged.length);
            merged = joined;
            s = ns;
            e = ne;
            bounds.remove(i);
            data.remove(i);
        }
        int at = 0;
        while (at < bounds.size() && bounds.get(at)[0] < s) {
            at++;
        }
        bounds.add(at, new long[] {s});
        data.add(at, merged);
    }

    /** Bytes loaded so far (what was read from the file). */
    public long loaded() {
        return loaded;
    }

    /**
     * Bytes the reader has copied out so far, over all its attempts: about {@link #loaded} for a parse that resumes,
     * a multiple of it for one that starts over after each range (what the benchmark and tests watch).
     */
    public long requested() {
        return requested;
    }

    /** How many ranges were loaded (each is one read of the file, and one more parse). */
    public int reads() {
        return reads;
    }
}
