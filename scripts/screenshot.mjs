// Renders docs/screenshot.png for the README: a new user's plan after two glasses, on a phone.
//   npm run build && node scripts/screenshot.mjs
import { launchApp, startAppServer } from '../tests/e2e/harness.mjs';

const server = await startAppServer();
const app = await launchApp({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
try {
  const page = app.context.pages()[0] ?? (await app.context.newPage());
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}/session/new`);
  await page.getByRole('radio', { name: 'Deep tissue' }).check();
  await page.getByRole('radio', { name: 'Firm' }).check();
  await page.getByRole('button', { name: 'Make my plan' }).click();
  const water = page.getByRole('button', { name: '+1 glass of water' });
  await water.click();
  await water.click();
  await page.getByRole('img', { name: '2 of 5 glasses' }).waitFor();
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await app.close();
  await server.close();
}
