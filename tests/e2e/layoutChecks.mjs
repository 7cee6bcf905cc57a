/**
 * Runs in the page: what is wrong with the layout right now, as short strings.
 * - the page scrolls sideways, or an element sticks out past the right edge (inside a box that
 *   scrolls on its own, such as a table's, is fine);
 * - a control is smaller than 44 × 44 px (a checkbox or radio counts through its label; links in
 *   running text are exempt, as WCAG 2.5.8 allows), or lies outside the viewport sideways;
 * - an element looks unstyled: a checkbox or radio at the browser's 13 px, or a class that no
 *   loaded stylesheet mentions (its CSS chunk never arrived).
 */
export function layoutProblems() {
  // Classes that only name a part for scripts and tests; they have no rules on purpose.
  const HOOKS = new Set(['plan-summary', 'plan-summary__why', 'icon', 'intake']);
  const problems = [];
  const width = document.documentElement.clientWidth;
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || el.id || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || el.closest('[hidden], .visually-hidden')) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  /** Inside a box that scrolls sideways on its own: what sticks out there is scrolled to, not lost. */
  const inScroller = (el) => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth) return true;
    }
    return false;
  };

  if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`);
  for (const el of document.body.querySelectorAll('*')) {
    if (!visible(el) || inScroller(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > width + 1 || rect.left < -1) {
      // Report the outermost culprit only.
      const parent = el.parentElement?.getBoundingClientRect();
      if (!parent || (parent.right <= width + 1 && parent.left >= -1)) problems.push(`sticks out (${Math.round(rect.left)}–${Math.round(rect.right)} px): ${describe(el)}`);
    }
  }

  const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]');
  for (const el of controls) {
    if (el.matches('input[type=file].visually-hidden')) continue;
    if (!visible(el)) continue;
    const box = el.matches('input[type=checkbox], input[type=radio]') ? el.closest('label') ?? el : el;
    const rect = box.getBoundingClientRect();
    const inlineLink = el.matches('a') && getComputedStyle(el).display === 'inline' && el.closest('p, li, figcaption, td');
    if (!inlineLink && (rect.height < 43.5 || rect.width < 43.5)) problems.push(`control ${Math.round(rect.width)}×${Math.round(rect.height)} px: ${describe(el)}`);
    if (rect.left < -1 || rect.right > width + 1) problems.push(`control outside the viewport: ${describe(el)}`);
    const fixed = getComputedStyle(el).position === 'fixed' || el.closest('.nav, .undo-bar, .celebration-slot, .update-prompt');
    if (fixed && (rect.top < -1 || rect.bottom > innerHeight + 1)) problems.push(`fixed control outside the viewport: ${describe(el)}`);
    if (el.matches('input[type=checkbox], input[type=radio]') && el.getBoundingClientRect().width < 18 && getComputedStyle(el).opacity !== '0') {
      problems.push(`unstyled ${el.type} (${Math.round(el.getBoundingClientRect().width)} px): ${describe(el)}`);
    }
  }

  const known = new Set();
  const collect = (rules) => {
    for (const rule of rules) {
      if (rule.selectorText) for (const m of rule.selectorText.matchAll(/\.([\w-]+)/g)) known.add(m[1]);
      if (rule.cssRules) collect(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) collect(sheet.cssRules);
  const missing = new Set();
  for (const el of document.body.querySelectorAll('[class]')) {
    if (typeof el.className !== 'string') continue;
    for (const name of el.className.split(/\s+/)) if (name && !known.has(name) && !HOOKS.has(name)) missing.add(name);
  }
  for (const name of missing) problems.push(`class without styles: .${name}`);
  return problems;
}
