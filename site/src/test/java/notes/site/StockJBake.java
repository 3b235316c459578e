package notes.site;

import java.io.File;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Stock JBake for the benchmark: JBake's own Markdown engine, no checks, no math, no scripts; same templates. */
public final class StockJBake {
    private StockJBake() {
    }

    public static void main(String[] args) {
        Oven oven = new Oven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true));
        oven.bake();
        System.exit(oven.getErrors().isEmpty() ? 0 : 1);
    }
}
