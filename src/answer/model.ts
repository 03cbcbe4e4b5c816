// The channel-neutral answer: one object, rendered as an Adaptive Card, as Block Kit and as text.
import type { Coverage } from '../domain/licensing';
import type { FactId, Link, ProcedureId } from '../domain/knowledge';

/** Intents named by the product brief; knowledge questions get their fact id as label. */
export const CORE_INTENTS = [
  'calculate',
  'count_devices',
  'trial',
  'purchase',
  'turn_on',
  'turn_off',
  'cancel_legacy',
  'prerequisites',
  'help',
  'unknown',
] as const;
export type CoreIntent = (typeof CORE_INTENTS)[number];
/** Knowledge labels: short answers from one fact. */
export const KNOWLEDGE_INTENTS = [
  'devices_per_licence',
  'per_device_licensing',
  'ot_out_of_scope',
  'pricing',
  'portal_name',
] as const satisfies readonly FactId[];
export type KnowledgeIntent = (typeof KNOWLEDGE_INTENTS)[number];
export type Intent = CoreIntent | KnowledgeIntent;

export type MissingFigure = 'devices' | 'licenses';

/** A follow-up the user can pick (card button, Slack button, CLI hint). */
export interface FollowUp {
  label: string;
  /** The question sent back through the engine when picked. */
  question: string;
}

export interface ProcedureSection {
  id: ProcedureId;
  title: string;
  appliesTo: string;
  /** Steps with `**label**` markup for UI names. */
  steps: string[];
  notes: string[];
  /** Where the steps are done. */
  portal?: Link;
  source: Link & { citation: string };
}

/** One line of the figures table. */
export interface Figure {
  label: string;
  value: string;
}

export interface Calculation {
  coverage: Coverage;
  /** Rows for a FactSet / Slack fields. */
  figures: Figure[];
  /** The arithmetic, one line each: "320 × 5 = 1600", "1679 − 1600 = 79". */
  working: string[];
  /** Covered share of the devices, 0..1, for a coverage bar. */
  coveredShare: number;
  /** When network and IoT were both given: the figure under the newer IoT-tab-only rule. */
  iotOnly?: { devices: number; gap: number };
}

export interface Answer {
  intent: Intent;
  /** One sentence: "You need 79 standalone device licences". */
  headline: string;
  /** A short paragraph under the headline. */
  summary: string[];
  calculation?: Calculation;
  totalDevices: number | null;
  coveredDevices: number | null;
  gap: number | null;
  missing: MissingFigure[];
  /** The question to ask next when a figure is missing (channels ask it). */
  ask?: string;
  procedures: ProcedureSection[];
  notes: string[];
  followUps: FollowUp[];
  links: Link[];
}
