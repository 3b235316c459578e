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
        System.out.println(readiness(dir, cli));
    }

    /**
     * When a note's calculators answer input, on Lighthouse's phone profile with real (DevTools) throttling, so the
     * page's own {@code calculators-ready} mark is taken under slow 4G and a 4x slower CPU; and the script bytes.
     */
    private static String readiness(Path dir, Path cli) throws Exception {
        StringBuilder table = new StringBuilder("\n| note | calculators ready (phone, DevTools throttling) | script"
                + " bytes transferred |\n|---|---|---|\n");
        try (StaticServer server = BuiltSite.serve()) {
            for (String page : pages()) {
                if (!Files.readString(BuiltSite.folder().resolve(page)).contains("data-calculator")) {
                    continue;
                }
                Path report = dir.resolve(page.replace('/', '-') + "-ready.json");
                Path profile = Files.createTempDirectory(dir, "profile-");
                Tools.run(dir, "env", "CHROME_PATH=/usr/bin/chromium", "node", cli.toString(), server.url() + page,
                        "--quiet", "--output=json", "--output-path=" + report, "--form-factor=mobile",
                        "--throttling-method=devtools", "--only-audits=user-timings,resource-summary",
                        "--chrome-flags=" + CHROME_FLAGS + " --user-data-dir=" + profile);
                SiteBuilder.deleteTree(profile);
                table.append(readyRow(page, Files.readString(report, StandardCharsets.UTF_8)));
            }
        }
        return table.toString();
    }

    @SuppressWarnings("unchecked")
    private static String readyRow(String page, String json) {
        Map<String, Object> report = new Json().toType(json, Map.class);
        Map<String, Map<String, Object>> audits = (Map<String, Map<String, Object>>) report.get("audits");
        Object ready = "n/a";
        Map<String, Object> timings = (Map<String, Object>) audits.get("user-timings").get("details");
        for (Map<String, Object> item : timings == null ? List.<Map<String, Object>>of()
                : (List<Map<String, Object>>) timings.get("items")) {
            if ("calculators-ready".equals(item.get("name"))) {
                ready = Math.round(((Number) item.get("startTime")).doubleValue()) + " ms";
            }
        }
        Object scripts = "n/a";
        for (Map<String, Object> item : (List<Map<String, Object>>) ((Map<String, Object>) audits
                .get("resource-summary").get("details")).get("items")) {
            if ("script".equals(item.get("resourceType"))) {
                scripts = String.format("%,d B", ((Number) item.get("transferSize")).longValue());
            }
        }
        return "| " + page + " | " + ready + " | " + scripts + " |\n";
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
