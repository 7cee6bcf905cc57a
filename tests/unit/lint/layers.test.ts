// Proves the layer rule and the doc rule catch a breach: lint deliberate breaches as if they were files in src/.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rule', () => {
  it.each([
    ['domain importing storage', 'src/domain/hydration/breach.ts', "import { openAftercareDB } from '../../storage/db';\nexport const x = openAftercareDB;\n"],
    ['domain importing a UI framework', 'src/domain/hydration/breach.ts', "import { signal } from '@preact/signals';\nexport const x = signal;\n"],
    ['storage importing state', 'src/storage/repos/breach.ts', "import { settings } from '../../state/hydration/hydrationSignals';\nexport const x = settings;\n"],
    ['state importing a component', 'src/state/hydration/breach.ts', "import { Icon } from '../../components/ui/Icon';\nexport const x = Icon;\n"],
    ['a component importing storage', 'src/components/hydration/Breach.tsx', "import type { SessionRecord } from '../../storage/schema';\nexport const x: SessionRecord | null = null;\n"],
    ['a component importing another screen', 'src/components/history/Breach.tsx', "import { TodayScreen } from '../hydration/TodayScreen';\nexport const x = TodayScreen;\n"],
    ['a state module reaching into a domain file', 'src/state/hydration/breach.ts', "import { planHydration } from '../../domain/hydration/hydrationPlan';\nexport const x = planHydration;\n"],
    ['the service worker importing state', 'src/sw.ts', "import { settings } from './state/hydration/hydrationSignals';\nexport const x = settings;\n"],
  ])('fails on %s', async (_what, filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['a component using state and a domain index', 'src/components/hydration/Fine.tsx', "import { settings } from '../../state/hydration/hydrationSignals';\nimport { formatVolume } from '../../domain/hydration';\nexport const x = [settings, formatVolume];\n"],
    ['a domain file using a sibling concern by file', 'src/domain/hydration/fine.ts', "import { localInstant } from '../time/wallClock';\n/** Why it exists. */\nexport const x = () => localInstant;\n"],
  ])('passes %s', async (_what, filePath, code) => {
    expect(await rulesBroken(filePath, code)).not.toContain('no-restricted-imports');
  });
});

describe('the doc rule', () => {
  it('fails on an exported domain function without a doc comment, and passes with one', async () => {
    expect(await rulesBroken('src/domain/time/breach.ts', 'export function f(): number {\n  return 1;\n}\n')).toContain('aftercare/require-export-doc');
    expect(await rulesBroken('src/domain/time/fine.ts', '/** One, always. */\nexport function f(): number {\n  return 1;\n}\n')).not.toContain('aftercare/require-export-doc');
  });
});

describe('the catalogue rule (issue 14)', () => {
  it.each([
    ['words in JSX', 'src/components/home/Breach.tsx', 'export const X = () => <p>Drink a glass of water</p>;\n'],
    ['a labelling attribute', 'src/components/home/Breach.tsx', 'export const X = () => <button aria-label="Close the dialog" />;\n'],
    ['a sentence in a string', 'src/components/home/Breach.tsx', "export const X = () => <p>{'Goal reached, well done.'}</p>;\n"],
    ['a sentence in a template', 'src/app/Breach.tsx', 'export const x = (n: number) => `You drank ${n} glasses today`;\n'],
  ])('fails on %s', async (_what, filePath, code) => {
    expect(await rulesBroken(filePath, code)).toContain('i18n/no-user-visible-literals');
  });

  it('passes catalogue words, class lists, ids and symbols', async () => {
    const code = "import { homeText } from '../../domain/i18n';\nexport const X = () => <p class=\"hero muted\" id=\"home-title\" aria-labelledby=\"a b\">{homeText().intro}{' · '}</p>;\n";
    expect(await rulesBroken('src/components/home/Fine.tsx', code)).not.toContain('i18n/no-user-visible-literals');
  });
});
