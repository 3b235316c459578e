package notes.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The small-screen checks of phone-layout.js, run on the page the browser shows: the page does not scroll sideways,
 * chart text is drawn at 11 CSS px or more, no identifier or number breaks across lines, and a table wider than its
 * column scrolls in a focusable, labelled box with a visible cue.
 */
final class PhoneLayout {
    /** Phones (360 x 740, 390 x 844) and a tablet in portrait (768 x 1024), in CSS pixels. */
    static final int[][] SMALL_SCREENS = {{360, 740}, {390, 844}, {768, 1024}};
    private static final String CHECKS = Repo.read("site/src/test/resources/phone-layout.js");

    private PhoneLayout() {
    }

    /** One line per problem on the current page; empty when it fits. */
    static List<String> problems(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (Object problem : (List<?>) browser.script(CHECKS)) {
            problems.add(String.valueOf(problem));
        }
        return problems;
    }
}
