// Renders the icon art to the PNG sizes the manifest names. Run once after changing the art:
//   node scripts/make-icons.mjs
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { iconSvg } from './icon-art.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../tests/e2e/chromium.mjs';

const targets = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, maskable: true },
  { file: 'public/icons/apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const { file, size, maskable } of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = iconSvg({ maskable }).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.screenshot({ path: file, omitBackground: true });
  await page.close();
}
await writeFile('public/icons/icon.svg', iconSvg());
await browser.close();
console.log('icons written');
