package notes.site;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java notes.site.MeasuredBuild ROOT OUTPUT SCRIPTS}: one site build, as {@link SiteBuilder#main}, then a
 * line {@code peak heap: N MB} for {@link BuildBenchmark}: the sum of each heap pool's peak use (the pools peak at
 * different moments, so an upper bound of the heap in use at any one time).
 */
final class MeasuredBuild {
    private MeasuredBuild() {
    }

    public static void main(String[] args) throws Exception {
        List<String> problems;
        try (SiteBuilder builder = new SiteBuilder(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]))) {
            problems = builder.build();
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("site build failed: " + problems.subList(0, Math.min(5, problems.size())));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak heap: " + peak / (1024 * 1024) + " MB");
    }
}
