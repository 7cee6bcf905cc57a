/**
 * Text that arrives in a link or a form is kept as plain text: it is shown as text, never parsed as
 * markup, so `<script>` stays the eight characters it is. What is cleaned out are characters that
 * can't be seen but change how text reads: control characters (including line breaks, because
 * every field here is a single line) and the bidirectional overrides that can make text display in
 * a different order from how it is stored ("Trojan Source", CVE-2021-42574).
 */

function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** Embeddings, overrides and isolates; the plain LRM/RLM marks are harmless and stay. */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * One line of plain text: invisible controls become spaces, runs of white space become one space,
 * the ends are trimmed. A lone surrogate becomes U+FFFD, which is what UTF-8 encoding would turn it
 * into anyway; doing it here keeps a plan identical before and after a trip through a link.
 * Idempotent: cleaning clean text changes nothing.
 */
export function plainText(value: string): string {
  let out = '';
  // for…of walks code points, so a valid surrogate pair arrives whole and only lone halves remain.
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (isControl(code) || isBidiControl(code)) out += ' ';
    else if (isLoneSurrogate(code)) out += '\uFFFD';
    else out += char;
  }
  return out.replace(/\s+/g, ' ').trim();
}
