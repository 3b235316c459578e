package notes.page;

import java.util.LinkedHashMap;
import java.util.Map;

import notes.form.LegacyCalculator;

/** Every page calculator by the name the command line uses ({@code java -jar calculators.jar NAME}). */
public final class Catalog {
    private Catalog() {
    }

    public static Map<String, LegacyCalculator> all() {
        Map<String, LegacyCalculator> all = new LinkedHashMap<>();
        all.put("moe-routing", new MoeRoutingPage());
        all.put("moe-sizing", new MoeSizingPage());
        all.put("moe-capacity", new MoeCapacityPage());
        all.put("kv-cache", new KvCachePage());
        all.put("ppo", new PpoPage());
        all.put("training-compute", new ComputePage());
        return all;
    }
}
