/**
 * CRC-32 (the IEEE polynomial of zip, PNG and zlib), table-driven. fflate computes one inside but
 * does not export it. A CRC detects every change of up to 32 consecutive bits, so any one
 * character of a link changed (6 bits) is always caught; it is an error check, not a signature:
 * anyone can compute it for a link they write by hand.
 */
let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  table ??= Uint32Array.from({ length: 256 }, (_, byte) => {
    let crc = byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    return crc;
  });
  return table;
}

/**
 * The CRC-32 of `bytes`, continuing from `previous` (the CRC of what came before them), so one
 * checksum can cover several pieces; the same convention as Node's `zlib.crc32(data, value)`.
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const lookup = crcTable();
  let crc = ~previous;
  for (const byte of bytes) crc = lookup[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
