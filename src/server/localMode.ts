import net from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Local mode (no MicrosoftAppId) accepts unsigned requests on loopback. A web page the developer has
 * open could still reach it, so local mode also refuses what only a browser sends, and replies only to
 * connectors on this machine: a page cannot make the bot post answers to an address it chooses.
 */

/** Why a request looks browser-sent (it carries Origin, or Fetch Metadata saying another site), or null. */
export function browserSent(headers: IncomingHttpHeaders): string | null {
  if (headers.origin !== undefined) return 'it carries an Origin header';
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return `Sec-Fetch-Site is ${site}`;
  return null;
}

/** True for http(s) URLs on this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // The URL parser lower-cases names and normalises IPv4 forms (2130706433, 127.1) to dotted quads.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost') return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  return net.isIPv6(host) && host === '::1';
}
