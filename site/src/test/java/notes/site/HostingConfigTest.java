package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Netlify, GitHub Pages, CI and the README must agree: one build command, one deployable folder (the one the
 * build writes), one test command; and the Content-Security-Policy allows scripts from the site only.
 */
class HostingConfigTest {
    /** The folder the build writes, relative to the repository root (site/pom.xml: site.output). */
    private static final String PUBLISH = "site/target/public";

    /** The README's command that only writes the deployable folder. */
    private static final String BUILD = "./mvnw -B package -DskipTests";

    @Test
    void netlifyBuildsWithTheReadmeCommandAndPublishesTheBuiltFolder() {
        String netlify = Repo.read("netlify.toml");
        assertEquals("scripts/netlify-build", value(netlify, "command"));
        assertTrue(readmeCommands().contains(BUILD), "README documents the build command " + BUILD);
        String script = Repo.read("scripts/netlify-build");
        String last = script.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("exec ./mvnw -B ") && last.endsWith(" package -DskipTests"),
                "the script ends in the README's build (with the cached Maven repository): " + last);
        assertTrue(Files.isExecutable(Repo.root().resolve("scripts/netlify-build")));
        assertTrue(Files.isExecutable(Repo.root().resolve("mvnw")), "the Maven Wrapper");
        assertEquals(PUBLISH, value(netlify, "publish"));
        assertTrue(Repo.read("site/pom.xml").contains("<site.output>${project.build.directory}/public</site.output>"),
                "the build writes the published folder");
    }

    @Test
    void contentSecurityPolicyAllowsScriptsOnlyFromTheSite() {
        String csp = value(Repo.read("netlify.toml"), "Content-Security-Policy");
        Matcher script = Pattern.compile("script-src ([^;]+)").matcher(csp);
        assertTrue(script.find(), csp);
        assertEquals("'self'", script.group(1).trim());
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
    }

    @Test
    void githubPagesWorkflowBuildsTheSameWayAndDeploysTheSameFolder() {
        String workflow = Repo.read(".github/workflows/pages.yml");
        assertTrue(workflow.contains("run: " + BUILD + " -Dsite.url=${{ steps.pages.outputs.base_url }}"),
                "the README's build for the address configure-pages reports");
        assertTrue(workflow.contains("id: pages") && workflow.contains("uses: actions/configure-pages@"), workflow);
        Matcher path = Pattern.compile("upload-pages-artifact@v\\d+\\s+with:\\s+path: (\\S+)").matcher(workflow);
        assertTrue(path.find(), "uploads a pages artifact");
        assertEquals(PUBLISH, path.group(1));
        assertTrue(workflow.contains("actions/deploy-pages@"), "deploys it");
    }

    @Test
    void ciRunsTheReadmeTestCommandAfterInstallingChromium() {
        String ci = Repo.read(".ci/run");
        List<String> readme = readmeCommands();
        String last = ci.strip().lines().reduce((a, b) -> b).orElseThrow().trim();
        assertTrue(readme.contains(last), ".ci/run ends with a README command: " + last);
        assertTrue(last.contains("verify"), "and it is the test command: " + last);
        assertTrue(ci.contains("apt-get install -y -qq chromium chromium-driver fonts-noto-cjk"),
                "installs the browser and CJK fonts");
        assertTrue(Files.isExecutable(Repo.root().resolve(".ci/run")), ".ci/run is executable");
    }

    /** Lines of the README's fenced shell blocks. */
    private static List<String> readmeCommands() {
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : Repo.read("README.md").lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && !line.isBlank() && !line.startsWith("#")) {
                commands.add(line.trim());
            }
        }
        return commands;
    }

    private static String value(String toml, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=\\s*\"([^\"]*)\"").matcher(toml);
        assertTrue(m.find(), key + " is set");
        return m.group(1);
    }
}
