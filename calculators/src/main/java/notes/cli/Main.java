package notes.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import notes.form.Registry;
import notes.gguf.GgufJson;
import notes.gguf.GgufReader;
import notes.onnx.OnnxJson;
import notes.onnx.OnnxReader;

/** Command line: {@code java -jar calculators.jar COMMAND ARGS}; see README.md for the commands and columns. */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: java -jar calculators.jar COMMAND FILE   or   java -jar calculators.jar NAME < inputs.json",
            "  bond FILE.csv        spreadsheet bond functions per row (id,settlement,maturity,rate,pr,yld,redemption,"
                    + "frequency,basis)",
            "  bond-years FILE.csv  years-to-maturity yields per row (id,years,coupon_rate,frequency,clean_price,"
                    + "face_value,settlement,basis)",
            "  gguf FILE            a GGUF file's header as JSON; a rejected file exits 1 with the reason on stderr",
            "  onnx FILE            an ONNX model's summary as JSON (opsets, operators, inputs, outputs, initializers);"
                    + " a rejected file exits 1 with the reason on stderr",
            "  list                 every page calculator, its fields and outputs, as JSON",
            "  NAME                 a page calculator reading a JSON object of inputs on stdin ({} = defaults): "
                    + String.join(", ", Registry.all().keySet()));

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("list")) {
            out.println(RegistryJson.write(Registry.all().values()));
            return 0;
        }
        if (args.length == 1 && Registry.byName(args[0]) != null) {
            return JsonCalculator.run(Registry.byName(args[0]), stdin, out, err);
        }
        if (args.length == 1) {
            err.println("unknown calculator '" + args[0] + "' (calculators: " + String.join(", ",
                    Registry.all().keySet()) + ")\n" + USAGE);
            return 2;
        }
        if (args.length != 2) {
            err.println(USAGE);
            return 2;
        }
        if (args[0].equals("gguf")) {
            return FileCommand.run(Path.of(args[1]), source -> GgufJson.write(GgufReader.read(source)), out, err);
        }
        if (args[0].equals("onnx")) {
            return FileCommand.run(Path.of(args[1]), source -> OnnxJson.write(OnnxReader.read(source)), out, err);
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            switch (args[0]) {
                case "bond":
                    BondBatch.run(in, out);
                    return 0;
                case "bond-years":
                    BondYearsBatch.run(in, out);
                    return 0;
                default:
                    err.println("unknown command '" + args[0] + "'\n" + USAGE);
                    return 2;
            }
        } catch (NoSuchFileException e) {
            err.println("no such file: " + args[1]);
        } catch (IOException | IllegalArgumentException e) {
            err.println(args[1] + ": " + e.getMessage());
        }
        return 1;
    }
}
