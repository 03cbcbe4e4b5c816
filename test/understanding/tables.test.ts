// Pasted Markdown and CSV tables become "label: value" text; anything that is not clearly a table is left alone.
import { describe, expect, it } from 'vitest';
import { flattenTables } from '../../src/understanding/tables';
import { recognize } from '../../src/understanding/recognizer';

describe('pasted tables', () => {
  it('reads a Markdown label/value table', () => {
    const table = '| Tab | Count |\n|---|---|\n| Network devices | 275 |\n| IoT devices | 990 |\n\nWe have 220 E5 Security';
    expect(flattenTables(table)).toBe('Network devices: 275, IoT devices: 990\n\nWe have 220 E5 Security');
  });

  it('sums a per-site Markdown table under its column', () => {
    expect(flattenTables('| site | devices |\n|---|---|\n| Berlin | 420 |\n| Munich | 310 |\nE5: 180')).toBe('devices: 730\nE5: 180');
  });

  it('sums each column of a per-site CSV', () => {
    const q = recognize('site,network,iot\nHQ,120,540\nDC1,80,60\nBranch,15,95\nwe have 150 M365 E5');
    expect(q.devices?.total).toBe(910);
    expect(q.licences?.microsoft365E5).toBe(150);
  });

  it('leaves label lines with thousands separators and ordinary sentences alone', () => {
    const lines = 'IoT devices: 3,000\nNetwork devices: 1,000';
    expect(flattenTables(lines)).toBe(lines);
    const sentences = 'we have 300 devices, 40 E5\nhow many do we need, thanks';
    expect(flattenTables(sentences)).toBe(sentences);
  });

  it('refuses rows of different widths', () => {
    const ragged = 'site,network,iot\nHQ,120\nDC1,80,60';
    expect(flattenTables(ragged)).toBe(ragged);
  });

  it('reads a pipe table pasted without its outer pipes', () => {
    expect(flattenTables('Property | IoT | Network\nAmsterdam | 402 | 61\nRotterdam | 233 | 40\nE5: 140')).toBe('IoT: 635, Network: 101\nE5: 140');
  });

  it('does not add a totals row again, and keeps a disagreeing total as a range to ask about', () => {
    const table = (total: number) => `| Floor | IoT devices |\n|---|---|\n| 1 | 120 |\n| 2 | 95 |\n| 3 | 143 |\n| Total | ${total} |`;
    expect(flattenTables(table(358).replace(/\| (\d) \|/g, '| Floor $1 |'))).toBe('IoT devices: 358');
    expect(flattenTables(table(385).replace(/\| (\d) \|/g, '| Floor $1 |'))).toBe('IoT devices: 358 to 385');
    const asked = recognize('Floor | IoT devices\nFloor 1 | 120\nFloor 2 | 95\nFloor 3 | 143\nTotal | 385\nWe have 70 E5');
    expect(asked.devices).toBeNull();
    expect(asked.problems.map((p) => p.kind)).toEqual(['range']);
  });
});
