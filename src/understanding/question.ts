// What the understanding step extracts from a message: the input of the answer step.
import type { Intent } from '../answer/model';
import type { LicenceChange, LicenceHoldings } from '../domain/licensing';

export interface DeviceFigures {
  /** Counted devices: network + IoT + unspecified device counts. */
  total: number;
  networkDevices?: number;
  iotDevices?: number;
  excludedComputersAndMobile?: number;
}

/** A figure the user gave that cannot be used as is: the answer explains and asks again. */
export interface InputProblem {
  subject: 'devices' | 'licenses';
  kind: 'negative' | 'fraction' | 'too_large' | 'range' | 'misgrouped' | 'mismatch' | 'conflicting' | 'separator';
  /** The text as the user wrote it. */
  written: string;
  /** For a mismatch: the stated total and the parts it should be the sum of (formatted by the answer step). */
  stated?: { total: number; network: number; iot: number };
}

export interface Question {
  intent: Intent;
  /** Devices counted, or null when the text gives none. */
  devices: DeviceFigures | null;
  /** Licences held, or null when the text says nothing about licences. */
  licences: LicenceHoldings | null;
  problems: InputProblem[];
  /** "what if we had 400?": change one figure of the remembered calculation. */
  whatIf: boolean;
  /** "what if we buy another 40 E5 Security?" with no holdings in the message: a change to the remembered ones. */
  licenceChange?: LicenceChange;
  /** "and if we add 50 more cameras?" with no device count in the message: a change to the remembered count. */
  deviceChange?: number;
  /** A bare number ("320") with no noun: the channel decides what it answers. */
  bareNumber: number | null;
  /** "start over", "reset": clear the conversation. */
  reset: boolean;
  /** The text was cut or refused for length. */
  tooLong: boolean;
}
