package notes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import notes.base.ByteSource;
import notes.base.FileFormatException;
import notes.gguf.FileSource;

/**
 * {@code gguf FILE} and {@code onnx FILE}: a file format's summary as JSON on stdout, or a one-line reason (with the
 * byte offset for a malformed file) on stderr and exit status 1.
 */
final class FileCommand {
    /** Reads a file's summary and writes it as JSON; throws the format's {@link FileFormatException}. */
    interface Summary {
        String json(ByteSource source) throws IOException;
    }

    private FileCommand() {
    }

    static int run(Path file, Summary summary, PrintStream out, PrintStream err) {
        try (FileSource source = new FileSource(file)) {
            out.println(summary.json(source));
            return 0;
        } catch (FileFormatException e) {
            err.println(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
        } catch (IOException | UncheckedIOException e) {
            err.println(file + ": " + e.getMessage());
        }
        return 1;
    }
}
