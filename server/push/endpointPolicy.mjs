// @ts-check
/**
 * Which push endpoints we will POST to. An endpoint comes from the network, so without a policy the
 * dispatcher is a request forger aimed at our own network (SSRF). Allowed: https on the default
 * port to a public host name or public IP literal. The same address test runs again at connect time
 * (`publicOnlyLookup` for names, `endpointProblem` again for IP literals, which skip DNS), so a public
 * name that resolves to a private address (DNS rebinding) or a stored literal fails too.
 * `testMode` lifts the host and port rules (never https) for the loopback mock push service.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';

const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home.arpa', '.localdomain'];

/** [network, prefix length] for IPv4 ranges that are not public unicast. */
const PRIVATE_V4 = /** @type {const} */ ([
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
]);

/**
 * Why `endpoint` is refused, or null when it is allowed.
 * @param {string} endpoint
 * @param {{ testMode?: boolean }} [options]
 * @returns {string | null}
 */
export function endpointProblem(endpoint, { testMode = false } = {}) {
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    return 'subscription.endpoint is not a URL';
  }
  if (url.protocol !== 'https:') return 'subscription.endpoint must use https';
  if (url.username || url.password) return 'subscription.endpoint must not carry credentials';
  if (testMode) return null;
  if (url.port !== '') return 'subscription.endpoint must use the default https port';
  return isPublicHost(url.hostname) ? null : 'subscription.endpoint must be on a public host';
}

/**
 * @param {string} hostname As `URL.hostname` gives it: lower case, IPv6 in brackets, IPv4 normalised.
 * @returns {boolean}
 */
export function isPublicHost(hostname) {
  const host = hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return isPublicAddress(host.slice(1, -1));
  if (isIP(host)) return isPublicAddress(host);
  if (host === 'localhost' || !host.includes('.')) return false;
  return !LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/**
 * @param {string} address An IPv4 or IPv6 literal (no brackets).
 * @returns {boolean} true for public unicast addresses only
 */
export function isPublicAddress(address) {
  const version = isIP(address);
  if (version === 4) return isPublicV4(ipv4ToInt(address));
  if (version === 6) return isPublicV6(expandIPv6(address));
  return false;
}

/** @param {number} ip */
function isPublicV4(ip) {
  return !PRIVATE_V4.some(([network, bits]) => (ip >>> (32 - bits)) === (ipv4ToInt(network) >>> (32 - bits)));
}

/** @param {number[]} h eight 16-bit groups */
function isPublicV6(h) {
  const [a = 0, b = 0] = h;
  const v4 = (((h[6] ?? 0) << 16) | (h[7] ?? 0)) >>> 0;
  const zerosUpTo = (/** @type {number} */ n) => h.slice(0, n).every((x) => x === 0);
  if (zerosUpTo(5) && h[5] === 0xffff) return isPublicV4(v4); // ::ffff:a.b.c.d, IPv4-mapped
  if (zerosUpTo(6)) return false; // ::, ::1 and the deprecated IPv4-compatible form
  if (a === 0x64 && b === 0xff9b && h.slice(2, 6).every((x) => x === 0)) return isPublicV4(v4); // NAT64
  if (a === 0x2002) return isPublicV4(((b << 16) | (h[2] ?? 0)) >>> 0); // 6to4 carries an IPv4 address
  if (a === 0x2001 && b === 0x0db8) return false; // documentation
  if (a === 0x2001 && b === 0) return false; // Teredo
  if (a === 0x0100 && h.slice(1, 4).every((x) => x === 0)) return false; // discard-only
  if ((a & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0) return false; // link-local, old site-local
  if ((a & 0xff00) === 0xff00) return false; // multicast
  return (a & 0xe000) === 0x2000; // only global unicast 2000::/3 is assigned
}

/** @param {string} address dotted quad */
function ipv4ToInt(address) {
  return address.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

/**
 * @param {string} address a valid IPv6 literal, possibly with an embedded IPv4 tail or a zone
 * @returns {number[]} eight 16-bit groups
 */
function expandIPv6(address) {
  let text = address.split('%')[0] ?? '';
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted?.[1]) {
    const v4 = ipv4ToInt(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (/** @type {string} */ s) => (s ? s.split(':').map((x) => parseInt(x, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
}

/**
 * A `lookup` for https.Agent that refuses non-public addresses after DNS resolution.
 * @type {import('node:net').LookupFunction}
 */
export function publicOnlyLookup(hostname, options, callback) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = /** @type {import('node:dns').LookupAddress[]} */ (/** @type {unknown} */ (addresses));
    const allowed = list.filter((a) => isPublicAddress(a.address));
    if (allowed.length === 0) {
      const refused = Object.assign(new Error('Push endpoint resolves to a non-public address'), { code: 'EACCES' });
      return callback(refused, '', 0);
    }
    if (options.all) return /** @type {any} */ (callback)(null, allowed);
    const first = /** @type {import('node:dns').LookupAddress} */ (allowed[0]);
    callback(null, first.address, first.family);
  });
}

/**
 * `lookup` with a deadline: a resolver that never answers must not hold a send. (getaddrinfo itself
 * cannot be cancelled; its late answer is ignored, and the send's own deadline bounds the rest.)
 * @param {import('node:net').LookupFunction} lookup
 * @param {number} timeoutMs
 * @returns {import('node:net').LookupFunction}
 */
export function withDeadline(lookup, timeoutMs) {
  return (hostname, options, callback) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      callback(Object.assign(new Error('DNS lookup took too long'), { code: 'ETIMEOUT' }), '', 0);
    }, timeoutMs);
    lookup(hostname, options, (/** @type {any[]} */ ...args) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      /** @type {any} */ (callback)(...args);
    });
  };
}
