// Mounts every calculator on the page. All calculators are Java compiled by TeaVM into one ES module beside this
// file (js/calculators.js, cached across pages) that exports mount(element); it is loaded only on pages that
// embed a calculator.
const roots = document.querySelectorAll('[data-calculator]');
if (roots.length > 0) {
  // The page loads this file as calculator.js?v=VERSION (a hash of both scripts); the bundle gets the same query,
  // so a deploy gives both new addresses and no cached copy of last deploy's bundle is used.
  const bundle = new URL('calculators.js', import.meta.url);
  bundle.search = new URL(import.meta.url).search;
  import(bundle.href)
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
