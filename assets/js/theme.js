// Light or dark: the reader's choice is remembered in localStorage; without one, the system setting
// (prefers-color-scheme) applies. Runs in <head> so the page never flashes the other theme.
(() => {
  const root = document.documentElement;
  const stored = localStorage.getItem('theme');
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const isDark = () => root.dataset.theme
    ? root.dataset.theme === 'dark'
    : matchMedia('(prefers-color-scheme: dark)').matches;
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    const label = () => {
      button.textContent = isDark() ? '淺色模式' : '深色模式';
      button.setAttribute('aria-pressed', String(isDark()));
    };
    label();
    button.addEventListener('click', () => {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      localStorage.setItem('theme', root.dataset.theme);
      label();
    });
  });
})();
