import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest; colours match the light theme in src/app/theme.css. */
export const appManifest: Partial<ManifestOptions> = {
  name: 'Aftercare — your massage aftercare plan',
  short_name: 'Aftercare',
  description:
    "Your therapist's aftercare plan on your phone: water reminders, drinks that count, home exercises and check-ins. Works offline; your data stays on your device.",
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  lang: 'en',
  theme_color: '#0f5f73',
  background_color: '#f4f8f8',
  categories: ['health', 'lifestyle'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
