// The dev server's page script, injected as it serves a page and never written to the site. After a good build it
// reloads the page; after a failed one it shows the build's file:line problems over the page until the next good
// build. It runs under the site's Content-Security-Policy: an external script and style sheet, no inline code.
(function () {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/__dev/overlay.css';
  document.head.appendChild(sheet);
  let overlay = null;

  function show(problems) {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    if (problems.length === 0) {
      return;
    }
    overlay = document.createElement('div');
    overlay.id = 'dev-overlay';
    overlay.setAttribute('role', 'alert');
    const title = document.createElement('h2');
    title.textContent = '建置失敗：下面是問題（檔案:行號）。頁面仍是上一次成功的版本，修正後會自動重新載入。';
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.appendChild(item);
    }
    overlay.append(title, list);
    document.body.appendChild(overlay);
  }

  function refresh() {
    fetch('/__dev/errors', {cache: 'no-store'}).then((r) => r.json()).then(show);
  }

  new EventSource('/__dev/events').onmessage = (event) => {
    if (event.data === 'reload') {
      location.reload();
    } else {
      refresh();
    }
  };
  refresh();
})();
