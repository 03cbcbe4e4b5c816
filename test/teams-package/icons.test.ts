// The app icons: Teams rejects a package whose icons have the wrong size, and shows a broken outline icon
// when it is not white on transparent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TEAMS_MANIFEST_DIR } from '../../scripts/package-teams';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/teams-icons';

const read = (name: string) => readFileSync(join(TEAMS_MANIFEST_DIR, name));
const pixels = (png: PNG) =>
  Array.from({ length: png.width * png.height }, (_, i) => ({
    r: png.data[i * 4]!,
    g: png.data[i * 4 + 1]!,
    b: png.data[i * 4 + 2]!,
    a: png.data[i * 4 + 3]!,
  }));

describe('Teams app icons', () => {
  it('color.png is 192x192, opaque, and draws something', () => {
    const png = PNG.sync.read(read('color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    const all = pixels(png);
    expect(all.every((p) => p.a === 255)).toBe(true);
    const colours = new Set(all.map((p) => `${p.r},${p.g},${p.b}`));
    expect(colours.size).toBeGreaterThan(2);
    expect(all.some((p) => p.r === 255 && p.g === 255 && p.b === 255)).toBe(true);
  });

  it('outline.png is 32x32, white on transparent', () => {
    const png = PNG.sync.read(read('outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    const all = pixels(png);
    const visible = all.filter((p) => p.a > 0);
    // Only white may show; the rest must be fully transparent (corners included).
    expect(visible.every((p) => p.r === 255 && p.g === 255 && p.b === 255)).toBe(true);
    expect(visible.length).toBeGreaterThan(50);
    expect(all.filter((p) => p.a === 0).length).toBeGreaterThan(all.length / 3);
    for (const corner of [0, 31, 32 * 31, 32 * 32 - 1]) expect(all[corner]!.a).toBe(0);
  });

  it('the committed PNGs are what scripts/teams-icons.ts draws (run npm run icons:teams after changing it)', () => {
    expect(drawColorIcon().equals(read('color.png'))).toBe(true);
    expect(drawOutlineIcon().equals(read('outline.png'))).toBe(true);
  });
});
