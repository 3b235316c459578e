package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calculators' TeaVM bundle ({@code web/target/js/calculators.js}) for the dev server, compiled again only when
 * what it is compiled from changed. TeaVM takes most of a calculator rebuild (a minute on a busy 2-core machine),
 * while javac is incremental and quick; so the server compiles the classes first ({@code -Dteavm.phase=none}
 * leaves TeaVM out of Maven's run, see web/pom.xml), hashes them with the two POMs that set TeaVM's version and
 * options, and runs TeaVM only when that hash differs from the one stored beside the bundle
 * ({@value #STAMP}) by the last compile. A comment or test edited under calculators/, or a server restarted on an
 * unchanged checkout, costs no TeaVM run.
 */
final class CalculatorBundle {
    /** The hash of the inputs the bundle beside it was compiled from, written after each good compile. */
    static final String STAMP = SiteBuilder.BUNDLE + ".inputs-sha256";

    private final Path root;
    private final Path scripts;

    /**
     * @param root    the repository root (calculators/, web/, the POMs, the Maven Wrapper)
     * @param scripts the bundle's folder (web/target/js)
     */
    CalculatorBundle(Path root, Path scripts) {
        this.root = root;
        this.scripts = scripts;
    }

    /**
     * Whether the root is this project's checkout, whose web module makes the bundle; a site folder of notes alone
     * (the build benchmark's corpus) is served with the bundle it is given.
     */
    boolean compilesHere() {
        Path here = root.resolve("web/target/js").toAbsolutePath().normalize();
        return Files.isRegularFile(root.resolve("web/pom.xml")) && scripts.toAbsolutePath().normalize().equals(here);
    }

    /** Whether the bundle exists and was compiled from the classes and POMs there are now. */
    boolean upToDate() throws IOException {
        Path stamp = scripts.resolve(STAMP);
        return Files.isRegularFile(scripts.resolve(SiteBuilder.BUNDLE)) && Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).trim().equals(inputsHash());
    }

    /**
     * Compiles the calculators' classes, then the bundle if they (or the POMs) changed; false when Maven failed
     * (its errors are in the terminal).
     */
    boolean compile() throws IOException, InterruptedException {
        if (!maven("-Dteavm.phase=none")) {
            return false;
        }
        if (upToDate()) {
            System.out.println("calculator classes unchanged: TeaVM skipped");
            return true;
        }
        String hash = inputsHash();
        if (!maven("-Dteavm.phase=process-classes")) {
            return false;
        }
        Files.writeString(scripts.resolve(STAMP), hash + "\n", StandardCharsets.UTF_8);
        return true;
    }

    /** Compiles the bundle when it is missing or stale, without compiling the classes first (Maven just did). */
    boolean compileIfStale() throws IOException, InterruptedException {
        if (upToDate()) {
            return true;
        }
        String hash = inputsHash();
        System.out.println("calculator bundle missing or older than its classes: compiling it with TeaVM");
        if (!maven("-Dteavm.phase=process-classes")) {
            return false;
        }
        Files.writeString(scripts.resolve(STAMP), hash + "\n", StandardCharsets.UTF_8);
        return true;
    }

    /** Set by site/pom.xml's serve profile from Maven's own offline setting: "offline=true" under {@code -o}. */
    static final String OFFLINE = "notes.maven.offline";

    private boolean maven(String teavmPhase) throws IOException, InterruptedException {
        // The Maven Wrapper of the checkout, so a machine without an installed mvn rebuilds too.
        String maven = Files.isExecutable(root.resolve("mvnw")) ? root.resolve("mvnw").toString() : "mvn";
        List<String> command = new java.util.ArrayList<>(List.of(maven, "-q", "-B", "-pl", "web", "-am", "package",
                "-DskipTests", teavmPhase));
        if ("offline=true".equals(System.getProperty(OFFLINE))) {
            command.add(1, "-o"); // the Maven that started the dev server was offline: so is this one
        }
        System.out.println(String.join(" ", command));
        Process mvn = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
        return mvn.waitFor() == 0;
    }

    /** SHA-256 over the compiled classes of calculators/ and web/ (path and bytes of each) and the two POMs. */
    String inputsHash() throws IOException {
        MessageDigest sha = sha256();
        for (Path dir : List.of(root.resolve("calculators/target/classes"), root.resolve("web/target/classes"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            }
        }
        for (Path pom : List.of(root.resolve("pom.xml"), root.resolve("web/pom.xml"))) {
            if (Files.isRegularFile(pom)) {
                sha.update(Files.readAllBytes(pom));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
