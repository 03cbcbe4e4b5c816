import { describe, expect, it } from 'vitest';
import {
  coverage,
  devicesCoveredByLicences,
  emptyLicences,
  roundUpToLegacyBlock,
  standaloneLicencesNeeded,
  withDeviceChange,
  withLicenceChange,
  type LicenceHoldings,
} from '../../src/domain/licensing';

const held = (over: Partial<LicenceHoldings>): LicenceHoldings => ({ ...emptyLicences(), ...over });

describe('licensing rules (FACTS.md §1)', () => {
  it('reproduces the seed example: 1679 devices, 320 ME5 -> 1600 covered, 79 needed', () => {
    const c = coverage(1679, held({ microsoft365E5: 320 }));
    expect(c.coveredDevices).toBe(1600);
    expect(c.gap).toBe(79);
    expect(c.headroom).toBe(0);
  });

  it('does not round the gap; the legacy multiple of 100 is only a buffer', () => {
    const c = coverage(1679, held({ microsoft365E5: 320 }));
    expect(c.gap).not.toBe(100);
    expect(c.roundedTotal).toBe(1700);
    expect(c.roundedGap).toBe(100);
    expect(roundUpToLegacyBlock(1600)).toBe(1600);
  });

  it('sums ME5 and E5 Security at 5 devices each and standalone at 1 each', () => {
    expect(devicesCoveredByLicences(held({ microsoft365E5: 200, e5Security: 120, standaloneOwned: 50 }))).toBe(1650);
    expect(standaloneLicencesNeeded(1679, held({ microsoft365E5: 200, e5Security: 120, standaloneOwned: 50 }))).toBe(29);
  });

  it('reproduces the newer IoT-only example: 1204 devices, 240 ME5 -> 4 more', () => {
    expect(standaloneLicencesNeeded(1204, held({ microsoft365E5: 240 }))).toBe(4);
  });

  it('never goes negative and reports headroom instead', () => {
    const c = coverage(1500, held({ e5Security: 320 }));
    expect(c.gap).toBe(0);
    expect(c.headroom).toBe(100);
  });

  it('gives MDE P2 alone and ineligible plans no coverage', () => {
    const c = coverage(80, held({ mdeP2: true, ineligible: [{ plan: 'Microsoft 365 E3', count: 300 }] }));
    expect(c.coveredDevices).toBe(0);
    expect(c.gap).toBe(80);
  });
});

describe('"what if" changes to remembered figures', () => {
  it('adds or drops licences per kind, never below zero', () => {
    const after = withLicenceChange(held({ microsoft365E5: 320 }), { microsoft365E5: -400, e5Security: 40, standaloneOwned: 0 });
    expect([after.microsoft365E5, after.e5Security]).toEqual([0, 40]);
  });

  it('moves the device total, drops a split it no longer matches, and never goes below zero', () => {
    expect(withDeviceChange({ total: 1679, networkDevices: 473, iotDevices: 1206 }, 50)).toEqual({ total: 1729 });
    expect(withDeviceChange({ total: 100 }, -250)).toEqual({ total: 0 });
  });
});
