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
        all.put("bond-yield", new BondPage());
        all.put("waterfall", new WaterfallPage());
        all.put("preferred-dividends", new DividendPage());
        all.put("refinancing", new RefinancingPage());
        return all;
    }
}
