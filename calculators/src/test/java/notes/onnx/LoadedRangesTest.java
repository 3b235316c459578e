package notes.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import notes.base.ByteSource;
import notes.base.LoadedRanges;
import notes.gguf.ByteArraySource;

/**
 * The page's way of reading a model (notes.web.OnnxInspector): parse from the loaded ranges, load the range the
 * reader missed, resume the parse. Here the ranges come from a file channel instead of {@code Blob.slice}.
 */
class LoadedRangesTest {
    /** Runs the page's loop; returns the model and leaves the counts in {@code ranges}. */
    static OnnxModel inspect(FileChannel channel, LoadedRanges ranges) throws IOException {
        OnnxReader.Resumable reader = new OnnxReader.Resumable(ranges);
        while (true) {
            try {
                return reader.read();
            } catch (ByteSource.BytesNotLoaded more) {
                long[] range = ranges.nextRange();
                ByteBuffer buffer = ByteBuffer.allocate((int) (range[1] - range[0]));
                channel.read(buffer, range[0]);
                ranges.add(range[0], buffer.array());
            }
        }
    }

    @Test
    void rangesMergeAndMissesAskForTheMissingBytes() {
        LoadedRanges r = new LoadedRanges(1_000_000);
        byte[] target = new byte[10];
        assertThrows(ByteSource.BytesNotLoaded.class, () -> r.read(500_000, target, 0, 10));
        assertArrayEquals(new long[] {500_000, 500_000 + LoadedRanges.MIN_WINDOW}, r.nextRange());
        r.add(500_000, new byte[LoadedRanges.MIN_WINDOW]);
        r.read(500_000, target, 0, 10);
        // Reading on from the end of a range: the next window starts there and is twice as long.
        long end = 500_000 + LoadedRanges.MIN_WINDOW;
        assertThrows(ByteSource.BytesNotLoaded.class, () -> r.read(end - 5, target, 0, 10));
        assertArrayEquals(new long[] {end, Math.min(1_000_000, end + 2L * LoadedRanges.MIN_WINDOW)}, r.nextRange());
        byte[] more = new byte[(int) (r.nextRange()[1] - end)];
        more[0] = 7;
        r.add(end, more);
        r.read(end - 5, target, 0, 10);
        assertEquals(7, target[5]);
        assertEquals(2, r.reads());
    }

    @Test
    void theSampleIsReadInOneRange() throws IOException {
        Path sample = Path.of(System.getProperty("repo.root", "..")).resolve("assets/samples/phi-like-block.onnx");
        try (FileChannel channel = FileChannel.open(sample)) {
            LoadedRanges ranges = new LoadedRanges(channel.size());
            OnnxModel m = inspect(channel, ranges);
            assertEquals("phi_like_block", m.graphName());
            assertEquals(1, ranges.reads());
            assertEquals(Files.size(sample), ranges.loaded());
        }
    }

    /**
     * A 2 GB model (sparse file) laid out as exporters write it: 3,000 nodes, then 200 initializers of 10 MB raw_data
     * each, then the inputs and outputs. One range per initializer header, each a small window.
     */
    @Test
    void aLargeModelIsReadFromAFewMegabytes(@TempDir Path dir) throws IOException {
        int initializers = 200;
        long rawBytes = 10L << 20;
        Proto nodes = Proto.of();
        for (int i = 0; i < 3000; i++) {
            nodes.message(1, Proto.node(i % 2 == 0 ? "MatMul" : "Add", null));
        }
        Proto[] heads = new Proto[initializers];
        long graphLength = nodes.size();
        for (int i = 0; i < initializers; i++) {
            Proto tensor = Proto.of().varint(1, rawBytes / 4).varint(2, 1).string(8, "w" + i).tag(9, 2)
                    .rawVarint(rawBytes);
            heads[i] = Proto.of().tag(5, 2).rawVarint(tensor.size() + rawBytes).raw(tensor.toBytes());
            graphLength += heads[i].size() + rawBytes;
        }
        Proto tail = Proto.of().message(11, Proto.tensorValue("x", 1, "batch", 4))
                .message(12, Proto.tensorValue("y", 1, "batch", 4));
        graphLength += tail.size();
        Proto modelHead = Proto.of().varint(1, 8).message(8, Proto.of().varint(2, 13)).tag(7, 2)
                .rawVarint(graphLength);
        Path file = dir.resolve("large.onnx");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            channel.write(ByteBuffer.wrap(modelHead.toBytes()));
            channel.write(ByteBuffer.wrap(nodes.toBytes()));
            for (Proto head : heads) {
                channel.write(ByteBuffer.wrap(head.toBytes()));
                channel.position(channel.position() + rawBytes);
            }
            channel.write(ByteBuffer.wrap(tail.toBytes()));
            LoadedRanges ranges = new LoadedRanges(channel.size());
            long start = System.nanoTime();
            OnnxModel m = inspect(channel, ranges);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(3000, m.nodeCount());
            assertEquals(initializers, m.initializerCount());
            assertEquals(initializers * rawBytes, m.initializerBytes());
            assertTrue(ranges.loaded() < 16L << 20, "loaded " + ranges.loaded());
            // Resuming, not starting over: the reader asks for each loaded byte about once. Parsing again from
            // the start after each of the 200 reads asked for ~100 times what was loaded (the nodes, every time).
            assertTrue(ranges.requested() < 2 * ranges.loaded(),
                    "requested " + ranges.requested() + " for " + ranges.loaded() + " loaded");
            System.out.printf("onnx page: a %,d-byte model from %,d bytes in %d ranges (%,d bytes parsed, %d ms)%n",
                    channel.size(), ranges.loaded(), ranges.reads(), ranges.requested(), ms);
        }
    }

    /**
     * Resuming is invisible: over mutated models, read in chunks of 1 to 16 bytes from ranges of 1 to 64 bytes
     * loaded one miss at a time
     * (tens of thousands of resumes, many inside a field), the summary or the rejection (problem, offset, arguments) is the
     * one a single read of the whole file gives.
     */
    @Test
    void resumingGivesWhatOneReadGives() throws IOException {
        List<byte[]> seeds = OnnxFuzzTest.seeds();
        Random random = new Random(6);
        int resumed = 0;
        for (int i = 0; i < 3_000; i++) {
            byte[] file = i < seeds.size() ? seeds.get(i) : OnnxFuzzTest.mutate(seeds.get(random.nextInt(seeds.size())),
                    random);
            Object whole = outcome(() -> OnnxReader.read(new ByteArraySource(file)));
            LoadedRanges ranges = new LoadedRanges(file.length);
            int chunk = 1 + random.nextInt(8);
            OnnxReader.Resumable reader = new OnnxReader.Resumable(ranges, chunk, 2 * chunk);
            Object pieces = outcome(() -> {
                while (true) {
                    try {
                        return reader.read();
                    } catch (ByteSource.BytesNotLoaded more) {
                        long start = ranges.nextRange()[0];
                        long end = Math.min(file.length, Math.max(more.needed(), start + 1 + random.nextInt(64)));
                        ranges.add(start, Arrays.copyOfRange(file, (int) start, (int) end));
                    }
                }
            });
            assertEquals(whole, pieces, "case " + i);
            resumed += ranges.reads() - 1;
        }
        assertTrue(resumed > 10_000, "resumed " + resumed);
    }

    /** A model, or the problem, offset and arguments of its rejection. */
    private static Object outcome(Supplier<OnnxModel> read) {
        try {
            return read.get();
        } catch (OnnxFormatException e) {
            return List.of(e.problem(), e.offset(), e.args());
        }
    }
}
