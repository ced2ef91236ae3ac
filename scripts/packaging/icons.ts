import { PNG } from 'pngjs';

/** The icons Teams requires, with their sizes in pixels. */
export const ICONS = {
  color: { size: 192, outline: false },
  outline: { size: 32, outline: true },
} as const;

export interface Image {
  width: number;
  height: number;
  /** Whether the file has an alpha channel (PNG colour type 4 or 6). */
  alpha: boolean;
  /** Straight-alpha RGBA, 4 bytes per pixel, row by row from the top left. */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** Decodes a PNG of any kind (pngjs) to RGBA pixels; throws when the bytes are not a readable PNG. */
export function readPng(png: Buffer): Image {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, alpha: image.alpha, rgba: image.data };
}

/**
 * An 8-bit RGBA PNG of straight-alpha pixels. Unfiltered rows and zlib's default strategy compress
 * these flat-colour icons best (and give the bytes committed in manifest/).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba);
  return PNG.sync.write(png, { colorType: 6, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

/**
 * Problems with an icon: not a PNG, the wrong size, or (for the outline icon) anything but white on a
 * transparent background, which is what Teams requires.
 */
export function checkIcon(
  name: string,
  png: Buffer,
  expected: { size: number; outline: boolean },
): string[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) return [`${name} is not a PNG file`];
  let image: Image;
  try {
    image = readPng(png);
  } catch (e) {
    return [`${name} cannot be read: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  if (image.width !== expected.size || image.height !== expected.size)
    problems.push(
      `${name} is ${image.width}x${image.height} pixels; Teams needs ${expected.size}x${expected.size}`,
    );
  if (!expected.outline) return problems;
  if (!image.alpha)
    return [...problems, `${name} must have a transparent background (a PNG with alpha)`];
  let drawn = 0;
  for (let p = 0; p < image.width * image.height; p++) {
    const [r, g, b, a] = image.rgba.subarray(p * 4, p * 4 + 4);
    if (!a) continue;
    drawn++;
    if (r! < 0xf0 || g! < 0xf0 || b! < 0xf0) {
      const hex = [r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('');
      problems.push(
        `${name} must be white on a transparent background: pixel (${p % image.width}, ${Math.floor(p / image.width)}) is #${hex}`,
      );
      break;
    }
  }
  if (!drawn) problems.push(`${name} is fully transparent: it shows nothing`);
  return problems;
}
