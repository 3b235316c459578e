// Site search without a server: fetches search.json (built with the site) on first use and matches each query
// term as text, so Chinese (no spaces between words) and English both work. Keyboard: type, Up/Down to choose,
// Enter to open, Escape to close.
const form = document.querySelector('[data-search]');
if (form) {
  const input = form.querySelector('input');
  const list = form.querySelector('[role=listbox]');
  const status = form.querySelector('[data-search-status]');
  const root = new URL(form.dataset.root || './', document.baseURI);
  let notes = null;
  let loading = null;
  let shown = null;
  let active = -1;

  // One fetch, however many keys are typed while it is under way.
  const load = () => loading ??= fetch(new URL('search.json', root)).then((r) => r.json()).then((d) => (notes = d));
  const norm = (s) => s.normalize('NFKC').toLowerCase();
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

  // The passage around the first match, with every term marked.
  const passage = (text, terms) => {
    const at = Math.max(0, norm(text).indexOf(terms[0]));
    const start = Math.max(0, at - 30);
    let snippet = escape((start > 0 ? '…' : '') + text.slice(start, at + 90) + (at + 90 < text.length ? '…' : ''));
    for (const t of terms) {
      snippet = snippet.replace(new RegExp(escape(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'),
        (m) => `<mark>${m}</mark>`);
    }
    return snippet;
  };

  const search = (query) => {
    const terms = norm(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    const hits = [];
    for (const note of notes) {
      for (const section of note.sections) {
        const haystack = norm(`${note.title} ${section.heading} ${section.text}`);
        if (!terms.every((t) => haystack.includes(t))) continue;
        const score = terms.reduce((s, t) => s + (norm(note.title).includes(t) ? 10 : 0)
          + (norm(section.heading).includes(t) ? 5 : 0) + haystack.split(t).length - 1, 0);
        hits.push({ note, section, score, text: passage(section.text || section.heading, terms) });
      }
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, 12);
  };

  const select = (i) => {
    const items = [...list.children];
    active = items.length ? (i + items.length) % items.length : -1;
    items.forEach((li, k) => li.setAttribute('aria-selected', String(k === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', items[active].id);
  };

  const render = (hits, query) => {
    list.innerHTML = hits.map((h, i) => `<li role="option" id="search-hit-${i}" aria-selected="false">
      <a href="${new URL(h.note.url + (h.section.anchor ? '#' + encodeURIComponent(h.section.anchor) : ''), root)}">
      <strong>${escape(h.note.title)}</strong>${h.section.heading ? ' › ' + escape(h.section.heading) : ''}</a>
      <p>${h.text}</p></li>`).join('');
    list.hidden = !hits.length;
    list.dataset.query = query;
    shown = query;
    status.textContent = query ? (hits.length ? `找到 ${hits.length} 筆` : '沒有符合的筆記') : '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', async () => {
    await load();
    // Keys typed while the index loads all resume here: show the current query once.
    if (input.value !== shown) render(search(input.value), input.value);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      select(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      list.children[active].querySelector('a').click();
    } else if (e.key === 'Escape') {
      input.value = '';
      render([], '');
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const first = list.querySelector('a');
    if (first) first.click();
  });
}
