package notes.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import notes.gguf.FileSource;
import notes.onnx.OnnxFormatException;
import notes.onnx.OnnxJson;
import notes.onnx.OnnxReader;

/** {@code onnx FILE}: the model summary as JSON on stdout, or a one-line reason on stderr and exit status 1. */
final class OnnxCommand {
    private OnnxCommand() {
    }

    static int run(Path file, PrintStream out, PrintStream err) {
        try (FileSource source = new FileSource(file)) {
            out.println(OnnxJson.write(OnnxReader.read(source)));
            return 0;
        } catch (OnnxFormatException e) {
            err.println(file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println("no such file: " + file);
        } catch (IOException | UncheckedIOException e) {
            err.println(file + ": " + e.getMessage());
        }
        return 1;
    }
}
