package notes.onnx;

import java.util.List;

/**
 * Every ONNX release with the IR version and the newest opset of each ONNX-defined domain it shipped, as listed in
 * the "Released Versions" table of onnx/onnx {@code docs/Versioning.md}, read at commit
 * {@code f7546912001bc31e92a238b17068a21b373d882e} (last change to the file: bc71f65, "update release tracking docs
 * for the 1.22.0 release"), <a href="https://github.com/onnx/onnx/blob/main/docs/Versioning.md#released-versions">
 * onnx/docs/Versioning.md</a>. The test {@code OnnxReleasesTest} compares every row with a vendored copy of that file.
 *
 * <p>A release supports every opset up to its newest one: ONNX keeps the older operator versions (the schema
 * registry's version range of each domain starts at 1, {@code onnx/defs/schema.h}, {@code DomainToVersionRange}).
 */
public final class OnnxReleases {
    /** The ONNX-defined operator domains of the table; the default domain is written "" or "ai.onnx" in a model. */
    public enum Domain {
        AI_ONNX("ai.onnx"),
        AI_ONNX_ML("ai.onnx.ml"),
        AI_ONNX_TRAINING("ai.onnx.training");

        private final String id;

        Domain(String id) {
            this.id = id;
        }

        /** The domain's name as a model's {@code opset_import} writes it ("ai.onnx" may also be ""). */
        public String id() {
            return id;
        }
    }

    /** A release had no opset of the domain (ai.onnx.training before 1.7.0: "-" in the table). */
    public static final int NONE = 0;

    /**
     * One row of the table.
     *
     * @param version         the release ("1.14.0"; the first five are written without a patch number)
     * @param irVersion       {@code ModelProto.ir_version} the release writes
     * @param opset           the newest ai.onnx (default domain) opset
     * @param mlOpset         the newest ai.onnx.ml opset
     * @param trainingOpset   the newest ai.onnx.training opset, or {@link #NONE}
     */
    public record Release(String version, int irVersion, int opset, int mlOpset, int trainingOpset) {
        /** The newest opset of {@code domain} in this release, or {@link #NONE}. */
        public int opset(Domain domain) {
            return switch (domain) {
                case AI_ONNX -> opset;
                case AI_ONNX_ML -> mlOpset;
                case AI_ONNX_TRAINING -> trainingOpset;
            };
        }
    }

    private static final List<Release> ALL = List.of(
            new Release("1.0", 3, 1, 1, NONE),
            new Release("1.1", 3, 5, 1, NONE),
            new Release("1.1.2", 3, 6, 1, NONE),
            new Release("1.2", 3, 7, 1, NONE),
            new Release("1.3", 3, 8, 1, NONE),
            new Release("1.4.1", 4, 9, 1, NONE),
            new Release("1.5.0", 5, 10, 1, NONE),
            new Release("1.6.0", 6, 11, 2, NONE),
            new Release("1.7.0", 7, 12, 2, 1),
            new Release("1.8.0", 7, 13, 2, 1),
            new Release("1.8.1", 7, 13, 2, 1),
            new Release("1.9.0", 7, 14, 2, 1),
            new Release("1.10.0", 8, 15, 2, 1),
            new Release("1.10.1", 8, 15, 2, 1),
            new Release("1.10.2", 8, 15, 2, 1),
            new Release("1.11.0", 8, 16, 3, 1),
            new Release("1.12.0", 8, 17, 3, 1),
            new Release("1.13.0", 8, 18, 3, 1),
            new Release("1.13.1", 8, 18, 3, 1),
            new Release("1.14.0", 9, 19, 3, 1),
            new Release("1.14.1", 9, 19, 3, 1),
            new Release("1.15.0", 9, 20, 4, 1),
            new Release("1.16.0", 10, 21, 5, 1),
            new Release("1.16.1", 10, 21, 5, 1),
            new Release("1.16.2", 10, 21, 5, 1),
            new Release("1.17.0", 10, 22, 5, 1),
            new Release("1.18.0", 11, 23, 5, 1),
            new Release("1.19.0", 12, 24, 5, 1),
            new Release("1.19.1", 12, 24, 5, 1),
            new Release("1.20.0", 13, 25, 5, 1),
            new Release("1.20.1", 13, 25, 5, 1),
            new Release("1.21.0", 13, 26, 5, 1),
            new Release("1.22.0", 13, 27, 5, 1));

    private OnnxReleases() {
    }

    /** Every release, oldest first. */
    public static List<Release> all() {
        return ALL;
    }

    /** The newest release of the table. */
    public static Release newest() {
        return ALL.get(ALL.size() - 1);
    }

    /** The release named {@code version} exactly as the table writes it ("1.14.0", "1.1"), or null. */
    public static Release byVersion(String version) {
        for (Release r : ALL) {
            if (r.version().equals(version)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The first release whose newest opset of {@code domain} is at least {@code opset} (it supports that opset and
     * every older one), or null when no listed release reaches it.
     */
    public static Release firstWithOpset(Domain domain, int opset) {
        for (Release r : ALL) {
            if (r.opset(domain) >= opset) {
                return r;
            }
        }
        return null;
    }

    /** The first release whose IR version is at least {@code irVersion}, or null when none reaches it. */
    public static Release firstWithIr(int irVersion) {
        for (Release r : ALL) {
            if (r.irVersion() >= irVersion) {
                return r;
            }
        }
        return null;
    }

    /** The last release that writes {@code irVersion}, or null when none does. */
    public static Release lastWithIr(int irVersion) {
        Release last = null;
        for (Release r : ALL) {
            if (r.irVersion() == irVersion) {
                last = r;
            }
        }
        return last;
    }
}
