// Site search without a server, on MiniSearch (README: "Search"). The build splits the index into BUCKETS files by
// each term's first characters (SearchIndex.java); a query fetches, all at once, MiniSearch, search.json (glosses
// and the notes' lengths) and the buckets of its own terms, then the notes of its best results; never the whole
// index. Keyboard: type, Up/Down to choose, Enter to
// open, Escape to clear; a click elsewhere or leaving the form closes the list.
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const RUN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu');
const IS_CJK = new RegExp(`^[${CJK}]`, 'u');

// The same rule as SearchTerms.java: fold width and case (ＫＶ is kv), words as they are, Chinese as bigrams.
const fold = (s) => s.normalize('NFKC').toLowerCase();
const runs = (text) => fold(text).match(RUN) || [];
const runTerms = (run) => {
  const chars = [...run];
  if (!IS_CJK.test(run) || chars.length === 1) return [run];
  return chars.slice(1).map((c, i) => chars[i] + c);
};
const terms = (text) => runs(text).flatMap(runTerms);
const shard = (term) => {
  const [first, second] = [...term].map((c) => c.codePointAt(0).toString(16));
  return IS_CJK.test(term) || second === undefined ? first : `${first}-${second}`;
};
// The file a term is in: Java's String.hashCode of its shard key modulo BUCKETS, as SearchTerms.bucket.
const BUCKETS = 256;
const bucket = (term) => {
  const hash = [...shard(term)].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);
  return ((hash % BUCKETS) + BUCKETS) % BUCKETS;
};

// Words match by prefix, and from four letters on with one typo in five letters; Chinese bigrams exactly
// (a single character by prefix, so 債 finds 債券).
const OPTIONS = {
  fields: ['title', 'text'], tokenize: (s) => [s], processTerm: (t) => t,
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (t) => (!IS_CJK.test(t) && t.length >= 4 ? 0.2 : 0) },
};

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
// A word of the text as the tokenizer cuts them (RUN): a term of letters or digits is marked only where it is a whole
// word ("of" never inside "softmax", "s" never inside "ProShares"); a Chinese one wherever it stands.
const LETTER = `(?:(?![${CJK}])[\\p{L}\\p{N}])`;
const pattern = (words) => new RegExp([...new Set(words)].sort((a, b) => b.length - a.length).map((w) => {
  const literal = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return IS_CJK.test(w) ? literal : `(?<!${LETTER})${literal}(?!${LETTER})`;
}).join('|'), 'giu');

// The text escaped, its matches marked; escaped piece by piece, so a term never matches inside an entity (&amp;).
const markup = (text, word) => {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(word)) {
    if (!m[0]) continue;
    html += `${escape(text.slice(last, m.index))}<mark>${escape(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return (html + escape(text.slice(last))).replaceAll('</mark><mark>', '');
};

// A passage starts and ends between words, not inside one ("…dirty price", never "…ty price"; "3.5T", "3,026" and
// "convert_hf_to_gguf.py" whole): a cut that falls inside one moves to its edge, towards the match. Chinese may be
// cut between any two characters.
const WORDISH = /[\p{sc=Latin}\p{N}.,_-]/u;
const inWord = (text, i) => i > 0 && i < text.length && WORDISH.test(text[i - 1]) && WORDISH.test(text[i]);
const wordStart = (text, i, match) => (inWord(text, i) ? wordStart(text, i + 1, match) : Math.min(i, match));
const wordEnd = (text, i, match) => (i > match && inWord(text, i) ? wordEnd(text, i - 1, match) : i);

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
  const [first] = text.matchAll(word);
  const at = first ? first.index : 0;
  const after = first ? at + first[0].length : 0;
  const start = wordStart(text, Math.max(0, at - 30), at);
  const end = wordEnd(text, Math.max(after, Math.min(text.length, at + 90)), after);
  const cut = text.slice(start, end).trim();
  return { section, html: `${start > 0 ? '…' : ''}${markup(cut, word)}${end < text.length ? '…' : ''}` };
};

const form = document.querySelector('[data-search]');
if (form) {
  const input = form.querySelector('input');
  const list = form.querySelector('[role=listbox]');
  const status = form.querySelector('[data-search-status]');
  const root = new URL(form.dataset.root || './', document.baseURI);
  // MiniSearch's address, content-hashed by the build (HashedAssets), as the form names it.
  const library = () => import(new URL(form.dataset.minisearch, document.baseURI).href);
  const get = (path) => fetch(new URL(path, root))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))));
  // Each file is fetched once; one that failed (offline) is forgotten, so the next query asks for it again.
  const cache = new Map();
  const once = (path, then) => {
    if (!cache.has(path)) {
      cache.set(path, get(path).then(then).catch((error) => {
        cache.delete(path);
        throw error;
      }));
    }
    return cache.get(path);
  };
  let active = -1;

  // Every note's address and title (a result is listed with them), and MiniSearch's JSON of the notes without their
  // terms (ids and field lengths, which scoring needs), to which a query adds its buckets' terms.
  const meta = () => once('search.json', (m) => ({
    glosses: m.glosses.map((pair) => pair.map(terms)), notes: m.notes.map(([url, title]) => ({ url, title })),
    index: m.index,
  }));
  const bucketTerms = (b) => once(`search/${b}.json`, (index) => index);
  // The buckets' terms as one MiniSearch index, kept while the query needs the same buckets (as a word is typed on).
  // MiniSearch itself is fetched with the first query (or on focus): a reader who never searches never downloads it.
  let engine = { name: null };
  const engineFor = (buckets) => {
    const wanted = [...new Set(buckets)].sort((a, b) => a - b);
    if (engine.name !== wanted.join()) {
      const index = Promise.all([library(), meta(), ...wanted.map(bucketTerms)])
        .then(([{ default: MiniSearch }, m, ...parts]) => MiniSearch.loadJS({ ...m.index, index: parts.flat() },
          OPTIONS));
      engine = { name: wanted.join(), index };
      // An index that could not be loaded is not kept: the next query builds it again.
      index.catch(() => {
        if (engine.index === index) engine = { name: null };
      });
    }
    return engine.index;
  };

  // The query as clauses; a clause is either side of a gloss (快取 or cache) or one term. Each names the run of
  // Chinese characters it lies in (-1 for a word, or a gloss across runs) and how many of the query's terms it covers.
  const clauses = async (query) => {
    const tagged = runs(query).flatMap((run, r) => runTerms(run).map((term) => [term, IS_CJK.test(run) ? r : -1]));
    const rest = tagged.map(([term]) => term);
    const runOf = tagged.map(([, r]) => r);
    const at = (side) => rest.findIndex((_, i) => side.every((t, k) => rest[i + k] === t));
    const out = [];
    for (const sides of (await meta()).glosses) {
      const side = sides.find((s) => at(s) >= 0);
      if (!side) continue;
      const span = runOf.splice(at(side), side.length);
      rest.splice(at(side), side.length);
      out.push({ sides, run: span.every((r) => r === span[0]) ? span[0] : -1, size: side.length });
    }
    return out.concat(rest.map((t, i) => ({ sides: [[t]], run: runOf[i], size: 1 })));
  };

  // MiniSearch's query trees: every term of a side (or a word it begins, or one a typo away), either side of a clause.
  const every = (queries) => ({ combineWith: 'AND', queries });
  const either = (clause) => ({ combineWith: 'OR', queries: clause.sides.map(every) });

  // A Chinese compound typed without spaces (債券殖利率) also finds notes that write its words apart (債券…殖利率):
  // for each run of three bigrams or more, a note may match any of its clauses, as long as they cover more than half
  // of the run's bigrams (債券 殖利 利率 of 債券 券殖 殖利 利率; the bigram across the words' seam is rarely written).
  // The other clauses must still all match. Null when no run can be relaxed.
  const partialQuery = (wanted) => {
    const size = new Map();
    wanted.filter((c) => c.run >= 0).forEach((c) => size.set(c.run, (size.get(c.run) || 0) + c.size));
    const loose = [...size.keys()].filter((r) => size.get(r) >= 3);
    if (!loose.length) return null;
    const strict = wanted.filter((c) => !loose.includes(c.run)).map(either);
    const relaxed = loose.map((r) => ({ combineWith: 'OR', queries: wanted.filter((c) => c.run === r).map(either) }));
    // A clause counts when every term of one of its sides matched (MiniSearch's queryTerms of the result).
    const covered = (result, r) => wanted.filter((c) => c.run === r
      && c.sides.some((side) => side.every((t) => result.queryTerms.includes(t)))).reduce((n, c) => n + c.size, 0);
    const filter = (result) => loose.every((r) => covered(result, r) * 2 > size.get(r));
    return { query: every(strict.concat(relaxed)), filter };
  };

  // The best ten notes, each with its address, title and the terms it matched: first those that match every clause,
  // then, if fewer than ten, those that match a Chinese compound's words apart (partial), each by MiniSearch's score.
  const search = async (query) => {
    // MiniSearch, search.json and the buckets of the typed terms are fetched side by side (a gloss's other side may
    // need one bucket more).
    terms(query).forEach((t) => bucketTerms(bucket(t)).catch(() => {}));
    library().catch(() => {});
    const wanted = await clauses(query);
    if (!wanted.length) return [];
    const found = await engineFor(wanted.flatMap((c) => c.sides.flat()).map(bucket));
    const hits = found.search(every(wanted.map(either))).slice(0, 10);
    const partial = hits.length < 10 && partialQuery(wanted);
    if (partial) {
      const listed = new Set(hits.map((r) => r.id));
      const more = found.search(partial.query, { filter: (r) => !listed.has(r.id) && partial.filter(r) });
      hits.push(...more.slice(0, 10 - hits.length).map((r) => ({ ...r, partial: true })));
    }
    const { notes } = await meta();
    return hits.map((r) => ({ id: r.id, ...notes[r.id], terms: r.terms, partial: Boolean(r.partial) }));
  };

  const select = (i) => {
    const items = [...list.children];
    active = items.length ? (i + items.length) % items.length : -1;
    items.forEach((li, k) => li.setAttribute('aria-selected', String(k === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', items[active].id);
  };

  // A result is listed as soon as the index has it (data-listed: the query whose results are listed), with its note's
  // title; its passage and the section it is in follow when the note's file is there (data-query: the query whose
  // results are complete). The link is updated in place, so a reader already on it keeps the focus.
  // A partial match says so in its link, so it is read out with the option.
  const heading = (hit, section) => `<strong>${markup(hit.title, pattern(hit.terms))}</strong>`
    + `${section.heading ? ' › ' + escape(section.heading) : ''}`
    + `${hit.partial ? ' <span class="search-partial">部分符合</span>' : ''}`;
  const deselect = () => {
    active = -1;
    input.removeAttribute('aria-activedescendant');
    [...list.children].forEach((li) => li.setAttribute('aria-selected', 'false'));
  };
  const render = (hits, query) => {
    deselect();
    list.innerHTML = hits.map((h, i) => `<li role="option" id="search-hit-${i}" aria-selected="false"><a
      href="${new URL(h.url, root)}">${heading(h, {})}</a><p class="search-pending"></p></li>`).join('');
    list.hidden = !hits.length || dismissed;
    list.dataset.listed = query;
    if (!hits.length) list.dataset.query = query;
    const partial = hits.filter((h) => h.partial).length;
    const count = `找到 ${hits.length} 筆${partial ? `，其中 ${partial} 筆部分符合` : ''}`;
    status.textContent = query ? (hits.length ? count : '沒有符合的筆記') : '';
    // "No match" is shown, the count only read out (the list itself shows it).
    status.classList.toggle('visually-hidden', hits.length > 0 || !query || dismissed);
  };
  const fill = (hits, notes, query) => {
    hits.forEach((h, i) => {
      const { section, html } = passage(notes[i], h.terms);
      const [link, text] = list.children[i].children;
      link.href = new URL(h.url + (section.anchor ? '#' + encodeURIComponent(section.anchor) : ''), root);
      link.innerHTML = heading(h, section);
      text.innerHTML = html;
      text.removeAttribute('class');
    });
    list.dataset.query = query;
  };
  // Resolves after the next frame is painted (a task queued from requestAnimationFrame runs after the paint).
  const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  // What went wrong, shown under the box (unless the reader closed the list); read out by the live status.
  const tell = (message) => {
    status.textContent = message;
    status.classList.toggle('visually-hidden', dismissed);
  };
  // Offline, or a file of the index missing: said on the screen; the query is tried again (retry).
  const unavailable = (query) => {
    failed = query;
    list.innerHTML = '';
    list.hidden = true;
    list.dataset.listed = query;
    list.dataset.query = query;
    tell('搜尋用的索引沒能載入（網路可能中斷了），請稍後再試。');
  };
  // A list closed by a click elsewhere or by leaving the form stays closed, even when results arrive later, until the
  // reader is back in the box; an Enter pressed before it was listed is forgotten.
  let dismissed = false;
  const close = () => {
    submitted = null;
    dismissed = true;
    list.hidden = true;
    status.classList.add('visually-hidden');
  };

  // Enter pressed before the results of the query in the box were listed: the first of them opens when they are.
  let submitted = null;
  // The query whose index or passages could not be fetched (offline): asked again on focus, Enter or reconnection.
  let failed = null;
  const openFirst = () => list.querySelector('a')?.click();

  const show = async (query) => {
    failed = null;
    let hits;
    try {
      hits = await search(query);
    } catch {
      if (submitted === query) submitted = null;
      if (query === input.value) unavailable(query);
      return;
    }
    // Keys typed meanwhile have their own search: only the current query's results are shown.
    if (query !== input.value) return;
    render(hits, query);
    if (submitted === query) {
      submitted = null;
      openFirst();
    }
    // The notes' files are asked for once the list is painted: on a phone each request costs the page a few ms, and
    // ten of them would hold the listing back. A reader still typing needs no passages of this query.
    await afterPaint();
    if (query !== input.value) return;
    const got = await Promise.all(hits.map((h) => once(`search/notes/${h.id}.json`, (n) => n))).catch(() => null);
    if (query !== input.value) return;
    if (got) fill(hits, got, query);
    else {
      // Titles and links without passages: still every result, and each opens; the reader is told why.
      failed = query;
      list.querySelectorAll('.search-pending').forEach((p) => p.remove());
      tell('摘要沒能載入（網路可能中斷了），結果的連結仍可開啟。');
      list.dataset.query = query;
    }
  };
  // While an input method composes (Zhuyin's ㄓㄞˋ before it turns into 債), the box holds phonetic symbols no
  // note has, so the query waits for the commit (compositionend); meanwhile the index of the rest of the box (the
  // characters already composed, the words before) is fetched and loaded, ready for the committed word's terms.
  const ZHUYIN = /[\u3100-\u312f\u31a0-\u31bf\u02c7\u02ca\u02cb\u02d9]/gu;
  input.addEventListener('input', (e) => {
    dismissed = false;
    deselect();
    if (submitted !== input.value) submitted = null;
    if (!e.isComposing) show(input.value);
    else {
      const composed = terms(input.value.replace(ZHUYIN, ' '));
      if (composed.length) engineFor(composed.map(bucket)).catch(() => {});
    }
  });
  input.addEventListener('compositionend', () => show(input.value));
  const retry = () => {
    if (failed !== null && failed === input.value) show(input.value);
  };
  window.addEventListener('online', retry);
  // A reader who focuses the box is about to type: fetch search.json and MiniSearch meanwhile, and run a query on a
  // two-term index, so that the first real query finds MiniSearch's code and the tokenizer compiled (measured at 4x
  // CPU: README, "Search").
  const warmUp = ({ default: MiniSearch }) => {
    const one = { documentCount: 1, nextId: 1, documentIds: { 0: 0 }, fieldIds: { title: 0, text: 1 },
      fieldLength: { 0: [1, 1] }, averageFieldLength: [1, 1], storedFields: {}, serializationVersion: 2,
      index: [['warm', { 0: { 0: 1 } }], ['暖身', { 1: { 0: 1 } }]] };
    const tree = every([either({ sides: [['warm']] }), either({ sides: [['warmth'], ['暖身']] })]);
    MiniSearch.loadJS(one, OPTIONS).search(tree);
    terms('暖身 warm');
  };
  input.addEventListener('focus', () => {
    meta().catch(() => {});
    library().then(warmUp).catch(() => {});
  }, { once: true });
  // Back in the box, the list of the query still there opens again (or its search is tried again, if it failed).
  input.addEventListener('focus', () => {
    dismissed = false;
    retry();
    if (!input.value || list.dataset.listed !== input.value) return;
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
      submitted = null;
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
    if (list.dataset.listed === input.value && list.children.length) {
      openFirst();
      return;
    }
    submitted = input.value;
    retry();
  });
}
