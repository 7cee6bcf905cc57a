/** The Aftercare drop, as SVG text. `maskable` fills the square and keeps the art in the 80 % safe zone. */
export function iconSvg({ maskable = false } = {}) {
  const scale = maskable ? 0.62 : 0.84;
  const offset = (1 - scale) * 256;
  const background = maskable
    ? '<rect width="512" height="512" fill="url(#bg)"/>'
    : '<rect x="16" y="16" width="480" height="480" rx="112" fill="url(#bg)"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#15798f"/><stop offset="1" stop-color="#0b4a5a"/></linearGradient>
<linearGradient id="drop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#e9fbff"/><stop offset="1" stop-color="#9fe3f0"/></linearGradient>
</defs>
${background}
<g transform="translate(${offset} ${offset}) scale(${scale})">
<path d="M256 78 C256 78 124 226 124 318 a132 132 0 0 0 264 0 C388 226 256 78 256 78 Z" fill="url(#drop)"/>
<path d="M190 322 a66 66 0 0 0 66 66" fill="none" stroke="#ffffff" stroke-width="22" stroke-linecap="round" opacity="0.9"/>
<path d="M170 250 q86 -40 172 0" fill="none" stroke="#0f5f73" stroke-width="14" stroke-linecap="round" opacity="0.35"/>
</g>
</svg>`;
}
