package notes.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The main build as Netlify serves it (at the root, netlify.toml's headers), every page; plus the strict policy's
 * two promises: formulas are laid out exactly as KaTeX lays them out with its inline styles and no policy, and the
 * recorder of violations does catch one when inline styles meet the policy.
 */
class NetlifyHostIT extends EveryPageIT {
    /**
     * Box of every element of every formula, relative to its formula's box (so a difference elsewhere on the page does
     * not count), after the fonts have loaded.
     */
    private static final String FORMULA_BOXES = "return document.fonts.ready.then(() => [...document.querySelectorAll("
            + "'.katex')].map(k => { const o = k.getBoundingClientRect(); return [k, ...k.querySelectorAll('*')]"
            + ".map(e => { const r = e.getBoundingClientRect(); return [r.left - o.left, r.top - o.top, r.width,"
            + " r.height].map(v => Math.round(v * 100) / 100).join(' '); }).join(';'); }));";

    @Test
    void formulasHaveTheSameBoxesAsKatexInlineStylesWithoutThePolicy() throws IOException {
        List<String> mathPages = pages().stream().filter(p -> p.startsWith("notes/")).toList();
        int formulas = 0;
        List<String> differences = new ArrayList<>();
        try (StaticServer reference = Host.REFERENCE.serve()) {
            for (String page : mathPages) {
                open(page);
                List<?> strict = (List<?>) browser.script(FORMULA_BOXES);
                browser.open(reference.url() + page);
                List<?> inline = (List<?>) browser.script(FORMULA_BOXES);
                assertEquals(inline.size(), strict.size(), page + ": the same formulas");
                for (int i = 0; i < inline.size(); i++) {
                    if (!sameBoxes((String) inline.get(i), (String) strict.get(i))) {
                        differences.add(page + " formula " + i);
                    }
                }
                formulas += inline.size();
            }
        }
        assertEquals(formulasInTheBuild(mathPages), formulas, "every formula of the notes compared");
        assertTrue(differences.isEmpty(), "laid out differently under the policy: " + differences);
    }

    /**
     * Whether two formulas' boxes agree to within {@value #LAYOUT_SLACK} px. Chromium lays out in 1/64 px units and
     * a formula's offsets depend on where its line falls on that grid: the same formula at another height of the page
     * can differ by a unit after rounding (a review saw one 10^{-4} of ppo.html do so while its twin above matched).
     * A style the policy dropped moves a box by whole pixels, far beyond this.
     */
    private static boolean sameBoxes(String inline, String strict) {
        String[] a = inline.split("[ ;]");
        String[] b = strict.split("[ ;]");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(Double.parseDouble(a[i]) - Double.parseDouble(b[i])) > LAYOUT_SLACK) {
                return false;
            }
        }
        return true;
    }

    /** Two of Chromium's 1/64 px layout units, plus the 0.01 px rounding of the box script. */
    private static final double LAYOUT_SLACK = 2.0 / 64 + 0.01;

    private int formulasInTheBuild(List<String> pages) throws IOException {
        int count = 0;
        for (String page : pages) {
            count += org.jsoup.Jsoup.parse(host().folder().resolve(page).toFile(), "UTF-8").select(".katex").size();
        }
        return count;
    }

    /** The same reference pages under the production policy: their inline styles must be reported, or the
     * every-page checks could not fail. */
    @Test
    void inlineStylesUnderThePolicyAreReportedAsViolations() throws IOException {
        Host.REFERENCE.folder();
        try (StaticServer strictReference = StaticServer.start(Host.REFERENCE.folder(), 0, "/",
                HostHeaders.fromNetlifyToml(Repo.root().resolve("netlify.toml")))) {
            browser.driver().get(strictReference.url() + "notes/ppo.html");
            browser.waitUntil("return document.readyState === 'complete'");
            List<String> problems = browser.problems();
            assertTrue(problems.stream().anyMatch(p -> p.contains("CSP violation: style-src")), problems.toString());
            assertFalse(problems.isEmpty());
        }
    }
}
