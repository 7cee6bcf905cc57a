// Median time of one planHydration call, loading the TypeScript domain through Vite.
import { createServer } from 'vite';

const DAY_MS = 86_400_000;

export async function benchPlanComputation() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const domain = { ...(await vite.ssrLoadModule('/src/domain/hydration/index.ts')), ...(await vite.ssrLoadModule('/src/domain/settings/index.ts')) };
    const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];
    const kinds = ['relaxation', 'deep-tissue', 'sports', 'prenatal'];
    const base = Date.UTC(2026, 2, 8, 15, 0);
    let i = 0;
    const plan = (endedAt) => {
      i += 1;
      return domain.planHydration({
        sessionId: `bench-${i}`,
        session: { kind: kinds[i % kinds.length], pressure: i % 2 ? 'deep' : 'light', usualGlassesPerDay: 2 + (i % 9), endedAt },
        settings: domain.DEFAULT_SETTINGS,
        timeZone: zones[i % zones.length],
      });
    };
    // The budgeted figure: sessions ending over one day (2026-03-08, a DST change in New York).
    const sameDays = () => plan(base + (i % 48) * 1_800_000);
    // Informational: every plan on a day no earlier plan used, so nothing a previous plan looked up helps.
    const newDays = () => plan(base + i * (DAY_MS + 7 * 60_000));
    return { medianMicros: medianMicros(sameDays), newDayMedianMicros: medianMicros(newDays) };
  } finally {
    await vite.close();
  }
}

function medianMicros(once) {
  for (let w = 0; w < 2_000; w++) once();
  // Batches of 50 smooth out timer resolution; the median batch average is the figure.
  const samples = [];
  for (let b = 0; b < 200; b++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < 50; k++) once();
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / 50);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
