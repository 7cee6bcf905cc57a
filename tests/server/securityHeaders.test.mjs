import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../server/securityHeaders.mjs';

const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy for a build', () => {
  it("allows index.html's inline style and script by their hashes, and nothing else inline", () => {
    const html = '<head><script>boot()</script><style>p{color:red}</style></head><body><div id="app"></div></body>';
    const csp = contentSecurityPolicy(html);
    expect(csp).toContain(`script-src 'self' ${sha('boot()')}`);
    expect(csp).toContain(`style-src 'self' ${sha('p{color:red}')}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("is 'self' alone when the page has no inline code", () => {
    const csp = contentSecurityPolicy('<script type="module" src="/assets/index.js"></script>');
    expect(csp).toContain("script-src 'self'; style-src 'self';");
  });
});
