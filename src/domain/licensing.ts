// The licensing rules (FACTS.md §1). Pure functions: no I/O, no channel code.

/** Each Microsoft 365 E5 or E5 Security user licence covers this many Enterprise IoT devices. */
export const DEVICES_PER_E5_LICENCE = 5;
/** A standalone Enterprise IoT licence covers one device. */
export const DEVICES_PER_STANDALONE_LICENCE = 1;
/** Legacy plans were bought as committed devices in blocks of this size. */
export const LEGACY_COMMITMENT_BLOCK = 100;
/** Trial size (billing.md 2023-11 and 2025-11). */
export const TRIAL_DEVICES = 100;
/** Anything above this is treated as a typo rather than an inventory. */
export const MAX_REASONABLE_COUNT = 10_000_000;

export interface DeviceInventory {
  /** Devices counted (Network devices + IoT devices tabs, or a plain total). */
  total: number;
  networkDevices?: number;
  iotDevices?: number;
  /** Computers & Mobile devices the user mentioned: never counted. */
  excludedComputersAndMobile?: number;
}

export interface LicenceHoldings {
  microsoft365E5: number;
  e5Security: number;
  standaloneOwned: number;
  /** Plans the user named that include no eIoT devices (E3, MDE P1, ...). */
  ineligible: { plan: string; count: number | null }[];
  /** The user said they have Defender for Endpoint P2 (alone, unless E5 counts are also given). */
  mdeP2: boolean;
}

export interface Coverage {
  totalDevices: number;
  e5Licences: number;
  coveredByE5: number;
  coveredByStandalone: number;
  coveredDevices: number;
  /** Standalone per-device licences to buy: never negative, never rounded. */
  gap: number;
  /** Devices of room left when covered. */
  headroom: number;
  /** Optional buffer: the legacy "round up to 100" total, and how many extra licences that would mean. */
  roundedTotal: number;
  roundedGap: number;
}

export function e5LicenceCount(licences: LicenceHoldings): number {
  return licences.microsoft365E5 + licences.e5Security;
}

export function devicesCoveredByLicences(licences: LicenceHoldings): number {
  return (
    e5LicenceCount(licences) * DEVICES_PER_E5_LICENCE + licences.standaloneOwned * DEVICES_PER_STANDALONE_LICENCE
  );
}

/** needed = max(0, devices − 5 × (E5 + E5 Security) − standalone owned). */
export function standaloneLicencesNeeded(devices: number, licences: LicenceHoldings): number {
  return Math.max(0, devices - devicesCoveredByLicences(licences));
}

export function roundUpToLegacyBlock(devices: number): number {
  return Math.ceil(devices / LEGACY_COMMITMENT_BLOCK) * LEGACY_COMMITMENT_BLOCK;
}

export function coverage(devices: number, licences: LicenceHoldings): Coverage {
  const coveredByE5 = e5LicenceCount(licences) * DEVICES_PER_E5_LICENCE;
  const coveredByStandalone = licences.standaloneOwned * DEVICES_PER_STANDALONE_LICENCE;
  const coveredDevices = coveredByE5 + coveredByStandalone;
  const gap = standaloneLicencesNeeded(devices, licences);
  const roundedTotal = roundUpToLegacyBlock(devices);
  return {
    totalDevices: devices,
    e5Licences: e5LicenceCount(licences),
    coveredByE5,
    coveredByStandalone,
    coveredDevices,
    gap,
    headroom: Math.max(0, coveredDevices - devices),
    roundedTotal,
    roundedGap: Math.max(0, roundedTotal - coveredDevices),
  };
}

/** Smallest number of E5 licences that would cover the devices on their own (for "what would cover us"). */
export function e5LicencesToCover(devices: number): number {
  return Math.ceil(devices / DEVICES_PER_E5_LICENCE);
}

export function emptyLicences(): LicenceHoldings {
  return { microsoft365E5: 0, e5Security: 0, standaloneOwned: 0, ineligible: [], mdeP2: false };
}

/** Licences added or dropped ("what if we buy another 40 E5 Security?"), per kind that covers devices. */
export interface LicenceChange {
  microsoft365E5: number;
  e5Security: number;
  standaloneOwned: number;
}

/** A device count after "what if we add 50 more cameras?": the total moves, a split it no longer matches is dropped. */
export function withDeviceChange<D extends { total: number }>(devices: D, change: number): { total: number } {
  return { total: Math.max(0, devices.total + change) };
}

/** The holdings after a change; a kind never goes below zero. */
export function withLicenceChange(held: LicenceHoldings, change: LicenceChange): LicenceHoldings {
  return {
    ...held,
    microsoft365E5: Math.max(0, held.microsoft365E5 + change.microsoft365E5),
    e5Security: Math.max(0, held.e5Security + change.e5Security),
    standaloneOwned: Math.max(0, held.standaloneOwned + change.standaloneOwned),
  };
}
