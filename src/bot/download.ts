/**
 * Downloading a file a person sent to Board Clerk in Teams (the `downloadUrl` of a
 * `file.download.info` attachment). It is a different origin from the Bot Connector, so it has its own
 * bounds: https only in production (plain http only to this machine, in local mode, for tests), a
 * size limit counted while the body streams in (a missing or false Content-Length cannot get past
 * it), a timeout for the whole download, and at most a few redirects, each checked like the first
 * address. Nothing here throws: a file that cannot be fetched is refused in words.
 */

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Local mode: plain http to loopback is allowed (the test fixture server). */
  allowLoopbackHttp: boolean;
}

export type Downloaded = Uint8Array | { refusal: string };

const MAX_REDIRECTS = 3;

function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Why an address may not be fetched, or null when it may. */
export function refusedAddress(
  address: string,
  limits: Pick<DownloadLimits, 'allowLoopbackHttp'>,
): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'the file’s download address is not a valid URL';
  }
  if (url.username || url.password) return 'the file’s download address carries a password';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && limits.allowLoopbackHttp && isLoopback(url.hostname)) return null;
  return 'the file’s download address is not https';
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export async function download(address: string, limits: DownloadLimits): Promise<Downloaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const tooLarge = {
    refusal: `The file is larger than ${megabytes(limits.maxBytes)}, the most Board Clerk reads. Save the action log or BAF on its own (without other sheets, images or history) and send that.`,
  };
  try {
    let url = address;
    for (let hop = 0; ; hop++) {
      const refused = refusedAddress(url, limits);
      if (refused) return { refusal: `I did not download it: ${refused}.` };
      const response = await fetch(url, { redirect: 'manual', signal: controller.signal });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS)
          return { refusal: 'Teams sent the file through too many redirects.' };
        url = new URL(response.headers.get('location')!, url).toString();
        continue;
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return {
          refusal: `Teams did not hand over the file (it answered ${response.status}). Please send it again.`,
        };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body.cancel();
        return tooLarge;
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) {
          await reader.cancel();
          return tooLarge;
        }
        chunks.push(value);
      }
      return Buffer.concat(chunks, total);
    }
  } catch (e) {
    if (controller.signal.aborted)
      return {
        refusal: `The file did not arrive within ${Math.round(limits.timeoutMs / 1000)} seconds. Please send it again; if it is large, save the sheets Board Clerk needs on their own.`,
      };
    return {
      refusal: `The file could not be downloaded (${(e as Error).message}). Please send it again.`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Uploading a file the person accepted on a file consent card: Teams gives an upload URL (a OneDrive
 * upload session); the bytes go in one PUT with their range. Same address rules and a timeout.
 */
export async function upload(
  address: string,
  bytes: Uint8Array,
  limits: Pick<DownloadLimits, 'timeoutMs' | 'allowLoopbackHttp'>,
): Promise<{ ok: true } | { refusal: string }> {
  const refused = refusedAddress(address, limits);
  if (refused) return { refusal: `I did not upload it: ${refused.replace('download', 'upload')}.` };
  try {
    const response = await fetch(address, {
      method: 'PUT',
      redirect: 'error',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`,
      },
      body: bytes,
    });
    await response.body?.cancel();
    return response.ok
      ? { ok: true }
      : { refusal: `OneDrive did not take the file (it answered ${response.status}).` };
  } catch (e) {
    return { refusal: `The file could not be uploaded (${(e as Error).message}).` };
  }
}
