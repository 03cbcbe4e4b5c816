// Draws the Teams app icons with pngjs, so they are reproducible from code instead of a binary nobody can edit.
// Run `npm run icons:teams` after changing the drawing; a test checks the committed PNGs match this script.
//
// The glyph: a shield (security) holding a small device network (IoT), in unit coordinates 0..1.
// Teams wants color.png 192x192 (full colour) and outline.png 32x32 (white on transparent).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Point = readonly [number, number];

/** Teams-style blue; also the manifest's accentColor (a test keeps them equal). */
export const ACCENT_COLOR = '#0F6CBD';
export const TEAMS_MANIFEST_DIR = join(__dirname, '..', 'manifest', 'teams');

interface Glyph {
  /** Shield outline as a closed polyline. */
  shield: Point[];
  /** Network edges and nodes inside the shield. */
  edges: Array<[Point, Point]>;
  nodes: Point[];
}

function quadratic(a: Point, control: Point, b: Point, steps: number): Point[] {
  const points: Point[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([u * u * a[0] + 2 * u * t * control[0] + t * t * b[0], u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]]);
  }
  return points;
}

function glyph(): Glyph {
  const topLeft: Point = [0.24, 0.22];
  const top: Point = [0.5, 0.13];
  const topRight: Point = [0.76, 0.22];
  const bottom: Point = [0.5, 0.88];
  const shield: Point[] = [
    topLeft,
    top,
    topRight,
    [0.76, 0.46],
    ...quadratic([0.76, 0.46], [0.74, 0.74], bottom, 12),
    ...quadratic(bottom, [0.26, 0.74], [0.24, 0.46], 12),
  ];
  const hub: Point = [0.5, 0.5];
  const nodes: Point[] = [hub, [0.37, 0.36], [0.63, 0.36], [0.5, 0.7]];
  const edges = nodes.slice(1).map((n) => [hub, n] as [Point, Point]);
  return { shield, edges, nodes };
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

interface Strokes {
  shieldWidth: number;
  edgeWidth: number;
  nodeRadius: number;
}

function insideGlyph(p: Point, g: Glyph, s: Strokes): boolean {
  for (let i = 0; i < g.shield.length; i++) {
    const a = g.shield[i]!;
    const b = g.shield[(i + 1) % g.shield.length]!;
    if (distanceToSegment(p, a, b) <= s.shieldWidth / 2) return true;
  }
  for (const [a, b] of g.edges) if (distanceToSegment(p, a, b) <= s.edgeWidth / 2) return true;
  return g.nodes.some((n) => Math.hypot(p[0] - n[0], p[1] - n[1]) <= s.nodeRadius);
}

/** Share (0..1) of the pixel covered by the glyph, from 4x4 supersampling: smooth edges without a vector library. */
function coverage(x: number, y: number, size: number, g: Glyph, s: Strokes): number {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (insideGlyph([(x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size], g, s)) hits++;
    }
  }
  return hits / (n * n);
}

function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
}

/** 192x192 full-colour icon: white glyph on an opaque accent-coloured square. */
export function drawColorIcon(): Buffer {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = hexToRgb(ACCENT_COLOR);
  const shape = glyph();
  const strokes = { shieldWidth: 0.055, edgeWidth: 0.035, nodeRadius: 0.05 };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, shape, strokes);
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(r + (255 - r) * c);
      png.data[i + 1] = Math.round(g + (255 - g) * c);
      png.data[i + 2] = Math.round(b + (255 - b) * c);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** 32x32 outline icon: white glyph, transparent everywhere else (Teams tints it). Strokes are thicker to survive 32 px. */
export function drawOutlineIcon(): Buffer {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const shape = glyph();
  const strokes = { shieldWidth: 0.075, edgeWidth: 0.06, nodeRadius: 0.07 };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(x, y, size, shape, strokes));
    }
  }
  return PNG.sync.write(png);
}

export function writeIcons(dir = TEAMS_MANIFEST_DIR): void {
  writeFileSync(join(dir, 'color.png'), drawColorIcon());
  writeFileSync(join(dir, 'outline.png'), drawOutlineIcon());
}

if (require.main === module) {
  writeIcons();
  console.log(`Wrote color.png (192x192) and outline.png (32x32) to ${TEAMS_MANIFEST_DIR}`);
}
