package notes.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Lighthouse (npm, installed into target/) on the home page and every note, served with netlify.toml's headers,
 * with the system Chromium, as a phone
 * (Lighthouse's default: slow 4G and a 4x slower CPU, simulated) and as a desktop. Prints the four category scores
 * and the paint timings; run with the benchmarks ({@code mvn -B verify -Pbench}).
 */
class LighthouseBenchmark {
    /** The home page and every note. */
    private static List<String> pages() {
        List<String> pages = new java.util.ArrayList<>(List.of("index.html"));
        for (Map<String, String> note : Notes.published()) {
            pages.add("notes/" + note.get("file").replaceFirst("\\.md$", ".html"));
        }
        return pages;
    }

    private static final String CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
            + " --disable-background-networking --disable-component-update --disable-sync";

    @Test
    void scores() throws Exception {
        Path dir = Path.of("target", "lighthouse").toAbsolutePath();
        Path cli = Tools.npmInstall(dir, "lighthouse@12").resolve("cli/index.js");
        StringBuilder table = new StringBuilder("\n| page | as | performance | accessibility | best practices | SEO"
                + " | FCP | LCP | TBT | CLS |\n|---|---|---|---|---|---|---|---|---|---|\n");
        try (StaticServer server = BuiltSite.serve()) {
            for (String page : pages()) {
                // Every page as a phone; the home page and the heaviest note (bond) also as a desktop.
                for (String preset : page.equals("index.html") || page.contains("bond") ? List.of("mobile", "desktop")
                        : List.of("mobile")) {
                    Path report = dir.resolve(page.replace('/', '-') + "-" + preset + ".json");
                    Path profile = Files.createTempDirectory(dir, "profile-");
                    Tools.run(dir, "env", "CHROME_PATH=/usr/bin/chromium", "node", cli.toString(), server.url() + page,
                            "--quiet", "--output=json", "--output-path=" + report,
                            preset.equals("desktop") ? "--preset=desktop" : "--form-factor=mobile",
                            "--chrome-flags=" + CHROME_FLAGS + " --user-data-dir=" + profile);
                    SiteBuilder.deleteTree(profile);
                    table.append(row(page, preset, Files.readString(report, StandardCharsets.UTF_8)));
                }
            }
        }
        System.out.println(table);
    }

    @SuppressWarnings("unchecked")
    private static String row(String page, String preset, String json) {
        Map<String, Object> report = new Json().toType(json, Map.class);
        Map<String, Map<String, Object>> categories = (Map<String, Map<String, Object>>) report.get("categories");
        Map<String, Map<String, Object>> audits = (Map<String, Map<String, Object>>) report.get("audits");
        StringBuilder row = new StringBuilder("| " + page + " | " + preset);
        for (String category : List.of("performance", "accessibility", "best-practices", "seo")) {
            Object score = categories.get(category).get("score");
            row.append(" | ").append(score == null ? "n/a" : Math.round(((Number) score).doubleValue() * 100));
        }
        for (String audit : List.of("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift")) {
            row.append(" | ").append(audits.get(audit).get("displayValue"));
        }
        return row.append(" |\n").toString();
    }
}
