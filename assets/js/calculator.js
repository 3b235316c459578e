// Mounts every calculator on the page. All calculators are Java compiled by TeaVM into one ES module that exports
// mount(element). This script's tag names it (data-calculators), under a content-hashed address (the build's
// HashedAssets): cached for a year, fetched once however many notes a reader opens, and a new deploy's bundle has a
// new address. The page only carries this script where it embeds a calculator.
const roots = document.querySelectorAll('[data-calculator]');
const bundle = document.querySelector('script[data-calculators]');
// The bundle is fetched, and the calculators mounted, after the page's first paint: their results are already in
// the HTML (rendered at build time), so a reader sees the note at once. Mounting (TeaVM's start-up, one recompute
// per form) held the first frame back (Lighthouse, gguf note: first paint observed at 2.26 s before, 1.27 s after),
// and a bundle preloaded with the page (139 KB gzip) competed with it on a slow network (Lighthouse's phone profile:
// first contentful paint 2.2-2.6 s on notes with a calculator, 1.2 s on those without). A hidden tab paints no
// frame, so it mounts when shown.
const afterFirstPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
if (roots.length > 0 && bundle) {
  afterFirstPaint()
    .then(() => import(new URL(bundle.dataset.calculators, document.baseURI).href))
    .then(async (module) => {
      // One task per calculator, so the page can answer a tap between them (a note with several forms).
      for (const root of roots) {
        module.mount(root);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      // When the calculators answer input: the Lighthouse benchmark reads this mark under its phone profile.
      performance.mark('calculators-ready');
    })
    .catch(() => roots.forEach((root) => {
      const status = root.querySelector('[data-status]');
      if (status) status.textContent = '試算器載入失敗，請重新整理頁面。';
    }));
}
