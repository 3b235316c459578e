package notes.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

import notes.form.LegacyCalculator;
import notes.page.BondPage;
import notes.page.ComputePage;
import notes.page.DividendPage;
import notes.page.KvCachePage;
import notes.page.LoraPage;
import notes.page.MoeCapacityPage;
import notes.page.MoeRoutingPage;
import notes.page.MoeSizingPage;
import notes.page.PpoPage;
import notes.page.RefinancingPage;
import notes.page.WaterfallPage;

/**
 * The TeaVM entry points: one nested class per JavaScript bundle (web/pom.xml compiles each into js/NAME.js), each
 * exporting {@code mount(element)}. A note with several calculators has one bundle; each calculator's element
 * names its part with {@code data-part}.
 */
public final class Scripts {
    private Scripts() {
    }

    private static String part(HTMLElement root) {
        String part = root.getAttribute("data-part");
        return part == null ? "" : part;
    }

    /** bond.js */
    public static final class Bond {
        @JSExport
        public static void mount(HTMLElement root) {
            FormBinding.mount(root, new BondPage());
        }
    }

    /** preferred.js: waterfall, dividends, refinancing. */
    public static final class Preferred {
        @JSExport
        public static void mount(HTMLElement root) {
            LegacyCalculator calculator;
            switch (part(root)) {
                case "dividends": calculator = new DividendPage(); break;
                case "refinancing": calculator = new RefinancingPage(); break;
                default: calculator = new WaterfallPage();
            }
            FormBinding.mount(root, calculator);
        }
    }

    /** moe.js: routing, sizing, capacity. */
    public static final class Moe {
        @JSExport
        public static void mount(HTMLElement root) {
            LegacyCalculator calculator;
            switch (part(root)) {
                case "sizing": calculator = new MoeSizingPage(); break;
                case "capacity": calculator = new MoeCapacityPage(); break;
                default: calculator = new MoeRoutingPage();
            }
            FormBinding.mount(root, calculator);
        }
    }

    /** kv-cache.js */
    public static final class KvCache {
        @JSExport
        public static void mount(HTMLElement root) {
            FormBinding.mount(root, new KvCachePage());
        }
    }

    /** ppo.js */
    public static final class Ppo {
        @JSExport
        public static void mount(HTMLElement root) {
            FormBinding.mount(root, new PpoPage());
        }
    }

    /** compute.js */
    public static final class Compute {
        @JSExport
        public static void mount(HTMLElement root) {
            FormBinding.mount(root, new ComputePage());
        }
    }

    /** gguf.js: the GGUF inspector. */
    public static final class Gguf {
        @JSExport
        public static void mount(HTMLElement root) {
            GgufInspector.mount(root);
        }
    }

    /** lora.js */
    public static final class Lora {
        @JSExport
        public static void mount(HTMLElement root) {
            FormBinding.mount(root, new LoraPage());
        }
    }
}
