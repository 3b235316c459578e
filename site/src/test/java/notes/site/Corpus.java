package notes.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated corpus for the build benchmark: notes of about 1,200 words (Traditional Chinese and English
 * paragraphs, a table, a fenced code block, headings, inline and display TeX), written both as JBake notes and as
 * Hugo content, so every generator builds the same text.
 */
final class Corpus {
    private static final String[] ZH = {"債券的價格與殖利率反向變動，", "存續期間衡量價格對利率的敏感度，",
            "專家混合模型只啟用一部分參數，", "量化以區塊為單位保存權重，", "低秩矩陣可以描述微調時權重的變化，",
            "清算優先權決定出售公司時誰先拿錢，", "注意力機制的快取隨上下文線性成長，", "策略梯度用抽樣估計期望的梯度，"};
    private static final String[] EN = {"The yield to maturity discounts every cash flow at one rate.",
            "Mixture-of-experts layers route each token to a few experts.",
            "Block quantisation stores a scale with every group of weights.",
            "A low-rank update adapts a frozen matrix with few parameters.",
            "The clipped objective stops rewarding ratios beyond the range.",
            "Compressed latent attention caches one vector per token and layer."};

    private Corpus() {
    }

    /** The body of note {@code i} (no front matter); formulas differ per note, as real notes' do. */
    static String body(int i) {
        StringBuilder md = new StringBuilder();
        for (int section = 1; section <= 4; section++) {
            md.append("## 第 ").append(section).append(" 節：主題 ").append(i).append("\n\n");
            for (int p = 0; p < 3; p++) {
                for (int s = 0; s < 6; s++) {
                    md.append(ZH[(i + section + p + s) % ZH.length]);
                }
                if (p == 0) {
                    md.append("例如 $x_{").append(i).append("} = ").append(section).append("\\alpha$。");
                }
                for (int s = 0; s < 4; s++) {
                    md.append(' ').append(EN[(i * 3 + s + p) % EN.length]);
                }
                md.append("\n\n");
            }
        }
        md.append("$$\nP_{").append(i).append("} = \\sum_{k=1}^{N} \\frac{c}{(1+y)^{k}} + \\frac{F}{(1+y)^{N}}\n$$\n\n");
        md.append("| 項目 | 數值 | 說明 |\n|---|---|---|\n");
        for (int r = 0; r < 5; r++) {
            md.append("| 第 ").append(r).append(" 列 | ").append(i * 10 + r).append(" | 說明文字 ").append(r)
                    .append(" |\n");
        }
        md.append("\n```java\nint total = 0;\nfor (int k = 0; k < ").append(i)
                .append("; k++) {\n    total += k;\n}\n```\n");
        return md.toString();
    }

    /** A JBake repository: this project's templates, assets and configuration, with {@code n} generated notes. */
    static Path writeJBake(Path dir, int n) throws IOException {
        SiteBuilder.deleteTree(dir);
        copyTree(Repo.root().resolve("templates"), dir.resolve("templates"));
        copyTree(Repo.root().resolve("assets"), dir.resolve("assets"));
        Files.copy(Repo.root().resolve("jbake.properties"), dir.resolve("jbake.properties"));
        // The dev server sends netlify.toml's headers, so it reads the file (BuildBenchmark's warm run serves this).
        Files.copy(Repo.root().resolve("netlify.toml"), dir.resolve("netlify.toml"));
        Path notes = Files.createDirectories(dir.resolve("content/notes"));
        for (int i = 0; i < n; i++) {
            Files.writeString(notes.resolve("note-" + i + ".md"), "title=筆記 " + i + "\ndate=2026-01-"
                    + String.format("%02d", 1 + i % 28) + "\ntype=note\nstatus=published\ntopic=" + (i % 2 == 0 ? "ai" : "investing")
                    + "\ntags=benchmark\nsummary=第 " + i + " 篇\n~~~~~~\n\n" + body(i), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A Hugo site with the same notes and minimal layouts (title, date, body; a list page). */
    static Path writeHugo(Path dir, int n) throws IOException {
        SiteBuilder.deleteTree(dir);
        Path notes = Files.createDirectories(dir.resolve("content/notes"));
        for (int i = 0; i < n; i++) {
            Files.writeString(notes.resolve("note-" + i + ".md"), "---\ntitle: 筆記 " + i + "\ndate: 2026-01-"
                    + String.format("%02d", 1 + i % 28) + "\ntags: [benchmark]\n---\n\n" + body(i),
                    StandardCharsets.UTF_8);
        }
        Path layouts = Files.createDirectories(dir.resolve("layouts/_default"));
        String head = "<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                + "</head><body>";
        Files.writeString(layouts.resolve("single.html"), head + "<h1>{{ .Title }}</h1>{{ .Content }}</body></html>");
        Files.writeString(layouts.resolve("list.html"), head
                + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>");
        Files.writeString(dir.resolve("hugo.toml"), "baseURL = 'https://example.org/'\nlanguageCode = 'zh-Hant'\n"
                + "title = 'bench'\n[markup.highlight]\n  codeFences = true\n");
        return dir;
    }

    /**
     * A scratch repository for a build test: this repository's templates, assets and jbake.properties under
     * {@code dir/repo}, and an empty content/notes. Returns the repository's root.
     */
    static Path scratchRepository(Path dir) throws IOException {
        Path root = dir.resolve("repo");
        for (String part : List.of("templates", "assets")) {
            copyTree(Repo.root().resolve(part), root.resolve(part));
        }
        Files.copy(Repo.root().resolve("jbake.properties"), root.resolve("jbake.properties"));
        Files.createDirectories(root.resolve("content/notes"));
        return root;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
