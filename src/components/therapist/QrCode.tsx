import { useMemo } from 'preact/hooks';
import { encode } from 'uqr';
import { deskText } from '../../domain/i18n';

/** Four light modules around the code: the quiet zone the QR standard asks for. */
const QUIET_ZONE = 4;

/**
 * One path for all dark modules, a horizontal run at a time ("M x y h n v1 h -n z"), which keeps
 * the SVG small for a version-25 code (about 13,700 modules).
 */
export function modulePath(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/**
 * The link as a QR code, drawn as inline SVG from uqr's module matrix (no injected markup).
 * Error correction M, as MAX_LINK_LENGTH assumes. Always black on white, also in dark mode:
 * many scanners cannot read an inverted code.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = useMemo(() => {
    try {
      const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
      return { size, d: modulePath(data) };
    } catch {
      return undefined;
    }
  }, [text]);
  if (!qr) return <p class="error">{deskText().share.qrFailed}</p>;
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
