// Mounts every calculator on the page. Each one is Java compiled by TeaVM into its own ES module that sits beside
// this file (js/NAME.js) and exports mount(element); a page loads only the modules it uses.
for (const root of document.querySelectorAll('[data-calculator]')) {
  const name = root.dataset.calculator;
  import(new URL(`${name}.js`, import.meta.url).href)
    .then((module) => module.mount(root))
    .catch(() => {
      const status = root.querySelector('[data-status]');
      if (status) status.textContent = '試算器載入失敗，請重新整理頁面。';
    });
}
