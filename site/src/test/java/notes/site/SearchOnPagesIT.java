package notes.site;

/** The search tests again, on the GitHub Pages project site under /REPO/: the index and results stay inside it. */
class SearchOnPagesIT extends SearchIT {
    @Override
    Host host() {
        return Host.GITHUB_PAGES;
    }
}
