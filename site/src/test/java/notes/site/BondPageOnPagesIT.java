package notes.site;

/** The bond calculator's tests again, on the GitHub Pages project site under /REPO/. */
class BondPageOnPagesIT extends BondPageIT {
    @Override
    Host host() {
        return Host.GITHUB_PAGES;
    }
}
