// Draws the Teams app icons into manifest/: color.png (192x192, a white board paper on an NHS blue
// rounded square) and outline.png (32x32, the same paper in white on a transparent background).
// Usage: npx tsx scripts/make-icons.ts   (the generated PNGs are committed; rerun after changing this)
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageRoot } from '../src/paths';
import { checkIcon, encodePng, ICONS } from './packaging/icons';
import { MANIFEST_DIR } from './packaging/manifest';

type Rgb = readonly [number, number, number];
/** Whether a point (in pixels, from the top left) is inside a shape. */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  color: Rgb;
}

const NHS_BLUE: Rgb = [0x00, 0x5e, 0xb8];
const WHITE: Rgb = [0xff, 0xff, 0xff];

function rect(x: number, y: number, w: number, h: number): Shape {
  return (px, py) => px >= x && px < x + w && py >= y && py < y + h;
}

function roundedRect(x: number, y: number, w: number, h: number, r: number): Shape {
  return (px, py) => {
    if (!rect(x, y, w, h)(px, py)) return false;
    const cx = Math.min(Math.max(px, x + r), x + w - r);
    const cy = Math.min(Math.max(py, y + r), y + h - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (shape: Shape, ...holes: Shape[]): Shape =>
  (x, y) =>
    shape(x, y) && !holes.some((h) => h(x, y));

/** Below and left of the line from (x1, y1) to (x2, y2) (x2 > x1, y2 > y1): a page without its folded corner. */
function belowDiagonal(x1: number, y1: number, x2: number, y2: number): Shape {
  return (x, y) => (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1) <= 0;
}

/** Renders layers (painted in order) with 4x4 supersampling into straight-alpha RGBA pixels. */
function render(size: number, layers: readonly Layer[]): Uint8Array {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++)
          for (let sx = 0; sx < samples; sx++)
            if (layer.shape(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples)) hits++;
        const coverage = hits / (samples * samples);
        if (!coverage) continue;
        // Source over destination, straight alpha.
        const out = coverage + a * (1 - coverage);
        const mix = (src: number, dst: number): number =>
          (src * coverage + dst * a * (1 - coverage)) / out;
        [r, g, b, a] = [
          mix(layer.color[0], r),
          mix(layer.color[1], g),
          mix(layer.color[2], b),
          out,
        ];
      }
      // Fully transparent pixels are written white, so the outline icon is white everywhere.
      if (!a) [r, g, b] = WHITE;
      rgba.set([r, g, b, a * 255].map(Math.round), (y * size + x) * 4);
    }
  return rgba;
}

/**
 * A board paper: a page with a folded top-right corner and lines of text, in a square of side `s`
 * starting at (x, y). With `outline`, the page is drawn as a frame so the icon reads as an outline.
 */
function paper(x: number, y: number, s: number, outline: boolean): Shape {
  // Whole pixels, so straight edges stay sharp at 32x32.
  const px = (fraction: number): number => Math.round(s * fraction);
  const w = px(0.72);
  const left = x + Math.round((s - w) / 2);
  const fold = px(0.25);
  const page = minus(
    rect(left, y, w, s),
    minus(
      rect(left + w - fold, y, fold, fold),
      belowDiagonal(left + w - fold, y, left + w, y + fold),
    ),
  );
  const line = px(0.09);
  const inset = px(0.16);
  const lines = [0.4, 0.58, 0.76].map((at, i) =>
    rect(left + inset, y + px(at), w - 2 * inset - (i === 2 ? px(0.15) : 0), line),
  );
  if (!outline) return minus(page, ...lines);
  const stroke = px(0.08);
  // The hole inside the frame: the page moved in by `stroke` on every side, the fold included.
  const shift = stroke * Math.SQRT2;
  const insideFold = belowDiagonal(left + w - fold - shift, y, left + w - shift, y + fold);
  const inner: Shape = (qx, qy) =>
    rect(left + stroke, y + stroke, w - 2 * stroke, s - 2 * stroke)(qx, qy) && insideFold(qx, qy);
  return union(minus(page, inner), ...lines);
}

async function main(): Promise<void> {
  const dir = path.join(packageRoot(), MANIFEST_DIR);
  const icons = {
    color: render(ICONS.color.size, [
      { shape: roundedRect(0, 0, 192, 192, 36), color: NHS_BLUE },
      { shape: paper(48, 40, 112, false), color: WHITE },
    ]),
    outline: render(ICONS.outline.size, [{ shape: paper(3, 3, 26, true), color: WHITE }]),
  };
  for (const [kind, rgba] of Object.entries(icons) as [keyof typeof ICONS, Uint8Array][]) {
    const png = encodePng(ICONS[kind].size, ICONS[kind].size, rgba);
    const problems = checkIcon(`${kind}.png`, png, ICONS[kind]);
    if (problems.length) throw new Error(problems.join('\n'));
    await writeFile(path.join(dir, `${kind}.png`), png);
    console.log(`wrote ${path.join(MANIFEST_DIR, `${kind}.png`)} (${png.length} bytes)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
