// Switches the running app's language in place, the way a choice made in another tab reaches it
// (a storage event; src/state/language/languageSwitch.ts): no reload, the screen keeps its state.
export async function switchLanguage(page, locale) {
  await page.evaluate((next) => {
    if (next) localStorage.setItem('aftercare.language', next);
    else localStorage.removeItem('aftercare.language');
    dispatchEvent(new StorageEvent('storage', { key: 'aftercare.language', newValue: next }));
  }, locale);
  const expected = locale ?? 'en';
  await page.waitForFunction((lang) => document.documentElement.lang === lang, expected);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Runs in the page: every piece of text a person can read or hear (visible text, labels, titles,
 * alternative text, options) that still contains plain English letters while the pseudo-locale is on.
 * `allowed` lists text that is the user's or the therapist's own (names, notes) and stays as written.
 */
export function untranslatedText(allowed) {
  const INTL_WORDS = /\b(and|or|AM|PM|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b/g;
  const found = new Set();
  const check = (text, where) => {
    let rest = text;
    for (const free of allowed) rest = rest.split(free).join(' ');
    rest = rest.replace(/https?:\/\/\S+/g, ' ').replace(INTL_WORDS, ' ');
    if (/[A-Za-z]{3,}/.test(rest)) found.add(`${where}: "${text.trim().replace(/\s+/g, ' ').slice(0, 80)}"`);
  };
  const visible = (el) => !!el && !el.closest('[hidden], [aria-hidden="true"]') && el.checkVisibility({ visibilityProperty: true });
  // Text marked as another language (a language's own name) or as not for translation (what a client
  // or therapist wrote and sent) is meant to stay as it is.
  const meantAsIs = (el) => el.closest('[translate="no"]') || el.closest('[lang]') !== document.documentElement;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, textarea') || !node.data.trim() || meantAsIs(parent)) continue;
    // Screen readers read visually hidden text too.
    if (!visible(parent) && !parent.closest('.visually-hidden')) continue;
    check(node.data, parent.tagName.toLowerCase());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt], [aria-valuetext]')) {
    if (!visible(el) || meantAsIs(el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
      const value = el.getAttribute(name);
      if (value) check(value, `${el.tagName.toLowerCase()}[${name}]`);
    }
  }
  check(document.title, 'title');
  return [...found];
}

/** Runs in the page: controls whose own text is cut off (wider than the box that shows it). */
export function clippedControls() {
  const clipped = [];
  for (const el of document.querySelectorAll('button, a[href], label, select, summary, .nav__label')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || el.closest('[hidden]')) continue;
    const hides = style.overflow !== 'visible' || style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (hides && el.scrollWidth > el.clientWidth + 1) clipped.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 50)}": ${el.scrollWidth} px of text in ${el.clientWidth} px`);
  }
  return clipped;
}
