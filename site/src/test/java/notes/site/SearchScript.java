package notes.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** assets/js/search.js loaded in Node (no page: its form is absent), for tests of its top-level functions. */
final class SearchScript {
    private SearchScript() {
    }

    /**
     * Runs {@code body} in Node after search.js, where {@code page(name)} gives one of the script's top-level
     * bindings and {@code process.argv[2]}… are {@code args}; returns what it printed, trimmed.
     */
    static String run(String body, String... args) {
        String script = "const vm = require('vm'); const fs = require('fs');"
                + "const ctx = vm.createContext({ document: { querySelector: () => null } });"
                + "vm.runInContext(fs.readFileSync(process.argv[1], 'utf8'), ctx);"
                + "const page = (name) => vm.runInContext(name, ctx);" + body;
        List<String> command = new ArrayList<>(List.of("node", "-e", script,
                Repo.root().resolve("assets/js/search.js").toString()));
        command.addAll(List.of(args));
        return Tools.run(Path.of("."), command.toArray(String[]::new)).trim();
    }
}
