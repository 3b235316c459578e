// Mounts every calculator on the page. All calculators are Java compiled by TeaVM into one ES module that exports
// mount(element). The page names it in <link rel="modulepreload" data-calculators>, under a content-hashed address
// (the build's HashedAssets): cached for a year, fetched once however many notes a reader opens, and a new deploy's
// bundle has a new address. The page only carries the link and this script where it embeds a calculator.
const roots = document.querySelectorAll('[data-calculator]');
const bundle = document.querySelector('link[rel="modulepreload"][data-calculators]');
// The calculators mount after the page's first paint: their results are already in the HTML (rendered at build
// time), so a reader sees the note at once, and mounting (TeaVM's start-up, one recompute per form) no longer holds
// the first frame back (Lighthouse, gguf note: first paint observed at 2.26 s before, 1.27 s after). A hidden tab
// paints no frame, so it mounts when shown.
const afterFirstPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
if (roots.length > 0 && bundle) {
  afterFirstPaint()
    .then(() => import(bundle.href))
    .then((module) => {
      roots.forEach((root) => module.mount(root));
      // When the calculators answer input: the Lighthouse benchmark reads this mark under its phone profile.
      performance.mark('calculators-ready');
    })
    .catch(() => roots.forEach((root) => {
      const status = root.querySelector('[data-status]');
      if (status) status.textContent = '試算器載入失敗，請重新整理頁面。';
    }));
}
