// Share-link figures: encoded length for 1, 6 and 12 exercises, and encode+decode time.
import { createServer } from 'vite';

export async function benchLinkLengths() {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const figures = await vite.ssrLoadModule('/tests/fixtures/carePlanFigures.ts');
    const domain = await vite.ssrLoadModule('/src/domain/links/carePlanCodec.ts');
    const plan = figures.samplePlan(12);
    for (let i = 0; i < 200; i++) domain.decodeCarePlan(domain.encodeCarePlan(plan), Date.now());
    const samples = [];
    for (let i = 0; i < 300; i++) {
      const start = process.hrtime.bigint();
      domain.decodeCarePlan(domain.encodeCarePlan(plan), Date.now());
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    samples.sort((a, b) => a - b);
    return { lengths: figures.linkLengthFigures(), maxLinkLength: domain.MAX_LINK_LENGTH, medianMicros: samples[150] };
  } finally {
    await vite.close();
  }
}
