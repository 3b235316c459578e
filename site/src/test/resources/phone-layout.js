// Measures what a reader on a small screen meets on the current page; returns one line per problem found.
// Run by HostParityIT through WebDriver (executeScript), so it is a function body ending in a return.
const problems = [];
const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
  ? '.' + String(e.className).trim().split(/\s+/).join('.') : '');

// The page itself never scrolls sideways: wide things scroll inside their own box.
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) {
  const clipped = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > width + 1
    && !clipped(e));
  problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px content in ${width} px`
    + (wide ? ` (${wide.outerHTML.slice(0, 160)} in ${wide.parentElement.outerHTML.slice(0, 200)})` : ''));
}

// Chart text is at least 11 CSS px as drawn: its font size times the scale of the SVG's transform to the screen.
for (const text of document.querySelectorAll('svg text')) {
  if (!visible(text) || text.closest('.katex')) continue;
  const m = text.getScreenCTM();
  const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
  if (px < 10.95) problems.push(`chart text "${text.textContent}" is drawn at ${px.toFixed(1)} px`);
}

// Identifiers and numbers (UINT32, 2008-05-15, DeepSeek-V3, 4,096, 37.55%) stay on one line. English compounds
// of letters only (Mixture-of-Experts) may break at a hyphen, as any text does.
const compound = /^[A-Za-z]+(-[A-Za-z]+)+$/;
const token = /[A-Za-z0-9][A-Za-z0-9_.,:%+\-\u2212]*[A-Za-z0-9%]/g;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const parent = node.parentElement;
  if (!parent || !visible(parent) || parent.closest('.katex, .visually-hidden, script, style, pre, textarea')) continue;
  for (const match of node.data.matchAll(token)) {
    if (compound.test(match[0])) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
    if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
      problems.push(`"${match[0]}" breaks across lines in ${name(parent)}`);
    }
  }
}

// A table or formula wider than its column scrolls inside a focusable, labelled box that shows it can scroll.
for (const box of document.querySelectorAll('.table-scroll, .math-scroll')) {
  if (!visible(box) || box.scrollWidth <= box.clientWidth + 1) continue;
  const label = box.getAttribute('aria-label') || box.getAttribute('aria-labelledby');
  const style = getComputedStyle(box);
  if (box.tabIndex !== 0 || box.getAttribute('role') !== 'region' || !label) {
    problems.push(`a ${box.className} scrolls sideways in a box without tabindex=0, role=region and a label: ${box.outerHTML.slice(0, 80)}`);
  }
  if (!/gradient/.test(style.backgroundImage)) {
    problems.push(`a ${box.className} scrolls sideways with no visible cue: ${box.outerHTML.slice(0, 80)}`);
  }
}
for (const display of document.querySelectorAll('.katex-display')) {
  if (visible(display) && !display.closest('.math-scroll') && display.scrollWidth > display.clientWidth + 1) {
    problems.push(`a formula is wider than its column and not in a scrolling box: ${display.textContent.slice(0, 40)}`);
  }
}
for (const table of document.querySelectorAll('table')) {
  if (visible(table) && !table.closest('.table-scroll') && table.getBoundingClientRect().right > width + 1) {
    problems.push(`a table is wider than the screen and not in a scrolling box: ${table.outerHTML.slice(0, 80)}`);
  }
}
return problems;
