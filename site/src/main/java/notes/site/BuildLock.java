package notes.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per output folder, across processes: an OS file lock on {@code OUTPUT.lock} beside the
 * folder, held for the whole build. A second build (a {@code package} while {@code serve} is rebuilding, or two
 * terminals) waits for the first; after {@code waitMillis} it gives up with a message naming the process that holds
 * the lock. The operating system releases the lock when a build process dies, so a killed build never blocks the
 * next one.
 */
final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code output}, waiting up to {@code waitMillis}.
     *
     * @throws IOException when another build still holds it after that, naming its process
     */
    static BuildLock acquire(Path output, long waitMillis) throws IOException {
        Path file = output.resolveSibling(output.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.currentTimeMillis() + waitMillis;
        boolean told = false;
        while (true) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                        .getBytes(StandardCharsets.UTF_8)), 0);
                return new BuildLock(channel, lock);
            }
            String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (System.currentTimeMillis() >= deadline) {
                channel.close();
                throw new BusyException("another build (process " + holder + ") is writing " + output + "; wait"
                        + " for it to finish or stop it, then build again");
            }
            if (!told) {
                System.err.println("waiting for the build in process " + holder + " to finish writing " + output);
                told = true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new IOException("interrupted while waiting for the build lock of " + output, e);
            }
        }
    }

    /** Null when another process, or another build in this JVM, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    /** Another build held the lock for longer than the wait. */
    static final class BusyException extends IOException {
        BusyException(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
