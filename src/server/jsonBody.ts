import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';

/**
 * Reads a request body as JSON, and nothing else: no multipart, no forms, no compression, nothing
 * written to disk. The type is checked before a byte is read, the size while reading (a declared
 * Content-Length over the limit is refused at once; an undeclared one stops at the limit).
 */
export type JsonBody =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

function mediaType(req: IncomingMessage): { type: string; charset: string | undefined } {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1])
    .find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const { type, charset } = mediaType(req);
  if (type !== 'application/json' || (charset !== undefined && charset !== 'utf-8'))
    return { ok: false, status: 415, message: 'send the activity as application/json (UTF-8)' };
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
    return { ok: false, status: 415, message: 'compressed bodies are not accepted' };
  let text: string;
  try {
    text = await getRawBody(req, {
      limit: maxBytes,
      length: req.headers['content-length'],
      encoding: 'utf-8',
    });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 413)
      return { ok: false, status: 413, message: `the body is over ${maxBytes} bytes` };
    return { ok: false, status: 400, message: 'the body could not be read' };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, status: 400, message: 'the body is not a JSON object' };
    return { ok: true, value };
  } catch {
    return { ok: false, status: 400, message: 'the body is not valid JSON' };
  }
}
