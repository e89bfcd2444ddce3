/** Links that may come from a feed or an attribute: which survive, which are dropped. */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL as written if it is http(s), mailto, tel or relative; otherwise
 * `undefined`. The browser's own URL parser decides the scheme, so tricks
 * such as `java\tscript:` or a leading space are judged as a browser would.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Control characters have no place in a link and hide schemes from people.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) return undefined;
  let protocol: string;
  try {
    protocol = new URL(trimmed, 'https://relative.invalid/').protocol;
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(protocol) ? trimmed : undefined;
}
