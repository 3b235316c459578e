// Site search without a server, on MiniSearch (README: "Search"). The build splits the index by each term's first
// characters (SearchIndex.java); a query fetches search.json (glosses and the list of shards), the shards of its
// own terms and the notes of its best results, never the whole index. Keyboard: type, Up/Down to choose, Enter to
// open, Escape to clear; a click elsewhere or leaving the form closes the list.
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const RUN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu');
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');

// The same rule as SearchTerms.java: fold width and case (ＫＶ is kv), words as they are, Chinese as bigrams.
const fold = (s) => s.normalize('NFKC').toLowerCase();
const terms = (text) => (fold(text).match(RUN) || []).flatMap((run) => {
  const chars = [...run];
  if (!IS_CJK.test(run) || chars.length === 1) return [run];
  return chars.slice(1).map((c, i) => chars[i] + c);
});
const shard = (term) => {
  const [first, second] = [...term].map((c) => c.codePointAt(0).toString(16));
  return IS_CJK.test(term) || second === undefined ? first : `${first}-${second}`;
};

// Words match by prefix, and from four letters on with one typo in five letters; Chinese bigrams exactly
// (a single character by prefix, so 債 finds 債券).
const OPTIONS = {
  fields: ['title', 'text'], tokenize: (s) => [s], processTerm: (t) => t,
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (t) => (!IS_CJK.test(t) && t.length >= 4 ? 0.2 : 0) },
};

// Results found in every map (terms that must all match): scores add up.
const all = (maps) => new Map([...maps[0]].filter(([id]) => maps.every((m) => m.has(id))).map(([id]) =>
  [id, { score: maps.reduce((s, m) => s + m.get(id).score, 0), terms: maps.flatMap((m) => m.get(id).terms) }]));
// Results found in any map (a term or its gloss): the best score counts.
const any = (maps) => {
  const out = new Map();
  for (const [id, r] of maps.flatMap((m) => [...m])) {
    const had = out.get(id);
    out.set(id, { score: Math.max(r.score, had?.score ?? 0), terms: [...(had?.terms ?? []), ...r.terms] });
  }
  return out;
};
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const pattern = (words) => new RegExp([...new Set(words)].sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

// The section that holds most of the matched terms (then most matches), and the passage around the first, marked.
const passage = (note, words) => {
  const word = pattern(words);
  const rank = (s) => {
    const found = (`${s.heading} ${s.text}`.match(word) || []).map((m) => m.toLowerCase());
    return new Set(found).size * 1000 + found.length;
  };
  const ranks = note.sections.map(rank);
  const section = note.sections[ranks.indexOf(Math.max(...ranks))];
  const text = section.text || section.heading;
  const at = Math.max(0, text.search(word));
  const start = Math.max(0, at - 30);
  const cut = (start > 0 ? '…' : '') + text.slice(start, at + 90) + (at + 90 < text.length ? '…' : '');
  const marked = escape(cut).replace(pattern(words.map(escape)), (m) => `<mark>${m}</mark>`);
  return { section, html: marked.replaceAll('</mark><mark>', '') };
};

const form = document.querySelector('[data-search]');
if (form) {
  const input = form.querySelector('input');
  const list = form.querySelector('[role=listbox]');
  const status = form.querySelector('[data-search-status]');
  const root = new URL(form.dataset.root || './', document.baseURI);
  // MiniSearch's address, content-hashed by the build (HashedAssets), as the form names it.
  const library = () => import(new URL(form.dataset.minisearch, document.baseURI).href);
  const get = (path) => fetch(new URL(path, root)).then((r) => r.json());
  const cache = new Map();
  const once = (path, then) => (cache.has(path) ? cache : cache.set(path, get(path).then(then))).get(path);
  let active = -1;

  const meta = () => once('search.json', (m) => ({
    glosses: m.glosses.map((pair) => pair.map(terms)), shards: new Set(m.shards),
  }));

  // Notes that hold the term (or a word it begins, or one a typo away), by id.
  const lookup = async (term) => {
    const key = shard(term);
    if (!(await meta()).shards.has(key)) return new Map();
    // MiniSearch itself is fetched with the first query: a reader who never searches never downloads it.
    const { default: MiniSearch } = await library();
    const index = await once(`search/${key}.json`, (js) => MiniSearch.loadJS(js, OPTIONS));
    return new Map(index.search(term).map((r) => [r.id, r]));
  };

  // The query as clauses that must all match; a clause is either side of a gloss (快取 or cache) or one term.
  const clauses = async (query) => {
    const rest = terms(query);
    const out = [];
    for (const sides of (await meta()).glosses) {
      const side = sides.find((s) => rest.some((_, i) => s.every((t, k) => rest[i + k] === t)));
      if (!side) continue;
      rest.splice(rest.findIndex((_, i) => side.every((t, k) => rest[i + k] === t)), side.length);
      out.push(sides);
    }
    return out.concat(rest.map((t) => [[t]]));
  };

  const search = async (query) => {
    const wanted = await clauses(query);
    if (!wanted.length) return [];
    const matched = await Promise.all(wanted.map(async (sides) =>
      any(await Promise.all(sides.map(async (side) => all(await Promise.all(side.map(lookup))))))));
    const best = [...all(matched)].sort((a, b) => b[1].score - a[1].score).slice(0, 10);
    return Promise.all(best.map(async ([id, r]) => ({ note: await once(`search/notes/${id}.json`, (n) => n), ...r })));
  };

  const select = (i) => {
    const items = [...list.children];
    active = items.length ? (i + items.length) % items.length : -1;
    items.forEach((li, k) => li.setAttribute('aria-selected', String(k === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', items[active].id);
  };

  const render = (hits, query) => {
    list.innerHTML = hits.map((h, i) => {
      const { section, html } = passage(h.note, h.terms);
      const href = new URL(h.note.url + (section.anchor ? '#' + encodeURIComponent(section.anchor) : ''), root);
      return `<li role="option" id="search-hit-${i}" aria-selected="false"><a href="${href}">
        <strong>${escape(h.note.title)}</strong>${section.heading ? ' › ' + escape(section.heading) : ''}</a>
        <p>${html}</p></li>`;
    }).join('');
    list.hidden = !hits.length;
    list.dataset.query = query;
    status.textContent = query ? (hits.length ? `找到 ${hits.length} 筆` : '沒有符合的筆記') : '';
    // "No match" is shown, the count only read out (the list itself shows it).
    status.classList.toggle('visually-hidden', hits.length > 0 || !query);
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    status.classList.add('visually-hidden');
  };

  input.addEventListener('input', async () => {
    const query = input.value;
    const hits = await search(query);
    // Keys typed meanwhile have their own search: only the current query's results are shown.
    if (query === input.value) render(hits, query);
  });
  // A reader who focuses the box is about to type: fetch the shard list and MiniSearch meanwhile.
  input.addEventListener('focus', () => Promise.all([meta(), library()]), { once: true });
  // Back in the box, the list of the query still there opens again.
  input.addEventListener('focus', () => {
    if (!input.value || list.dataset.query !== input.value) return;
    list.hidden = !list.children.length;
    status.classList.toggle('visually-hidden', list.children.length > 0);
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
  document.addEventListener('pointerdown', (e) => {
    if (!form.contains(e.target)) close();
  });
  // Leaving the form closes the list; Tab into its links (still inside the form) does not.
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget)) close();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const first = list.querySelector('a');
    if (first) first.click();
  });
}
