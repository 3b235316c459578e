package notes.gguf;

import notes.base.ByteSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file on disk read with positional reads: only the bytes the reader asks for are read. */
public final class FileSource implements ByteSource, AutoCloseable {
    private final FileChannel channel;
    private final long size;
    private long bytesRead;

    public FileSource(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(long position, byte[] target, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(target, offset, length);
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position() - offset);
                if (n < 0) {
                    throw new IOException("file shrank while being read");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytesRead += length;
    }

    /** How many bytes were read so far (for the benchmark: the header, never the tensor data). */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
