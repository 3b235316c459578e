// The copy button of each code block. The build writes the button (hidden) and a live region beside it; this file
// only shows the button where the browser lets a page write to the clipboard, and announces the result, so the page
// needs no inline script under the Content-Security-Policy.
const MESSAGE_MILLIS = 3000;

for (const block of document.querySelectorAll('.code-block')) {
  const button = block.querySelector('.copy-code');
  const status = block.querySelector('.copy-status');
  const code = block.querySelector('pre');
  if (!button || !status || !code || !navigator.clipboard) {
    continue;
  }
  let timer;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = '已複製';
    } catch {
      status.textContent = '無法複製，請選取後按 Ctrl+C';
    }
    clearTimeout(timer);
    timer = setTimeout(() => { status.textContent = ''; }, MESSAGE_MILLIS);
  });
}
