// Question -> Answer: applies the licensing rules and picks the procedures, notes and links that fit.
// Pure: the same input always gives the same answer, with no I/O.
import {
  coverage,
  DEVICES_PER_E5_LICENCE,
  e5LicenceCount,
  LEGACY_COMMITMENT_BLOCK,
  standaloneLicencesNeeded,
  TRIAL_DEVICES,
  type LicenceHoldings,
} from '../domain/licensing';
import { fact, knowledge, link, procedure, type FactId, type ProcedureId } from '../domain/knowledge';
import { MAX_QUESTION_CHARS } from '../understanding/normalise';
import type { DeviceFigures, InputProblem } from '../understanding/question';
import type { Answer, Calculation, Figure, FollowUp, Intent, MissingFigure, ProcedureSection } from './model';

export interface AnswerInput {
  intent: Intent;
  devices: DeviceFigures | null;
  licences: LicenceHoldings | null;
  problems: InputProblem[];
  tooLong?: boolean;
  /** The bot asked for a figure and got an unclear reply. */
  unclearReply?: boolean;
}

/** Plain digits up to 9999 (as the docs write them), grouped above. */
export function formatCount(n: number): string {
  return n >= 10_000 ? n.toLocaleString('en-US') : String(n);
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export const FOLLOW_UPS: Record<ProcedureId | 'calculate' | 'calculator', FollowUp> = {
  calculate: { label: 'Calculate my licences', question: 'How many licences do I need?' },
  calculator: { label: 'Open the calculator', question: 'calculator' },
  trial: { label: 'Start a trial', question: 'How do I start a trial?' },
  count_devices: { label: 'Count my devices', question: 'How do I count my devices?' },
  purchase: { label: 'Buy licences', question: 'How do I purchase standalone licences?' },
  turn_on: { label: 'Turn on eIoT', question: 'How do I turn on Enterprise IoT?' },
  turn_off: { label: 'Turn off eIoT', question: 'How do I turn off Enterprise IoT?' },
  cancel_legacy: { label: 'Cancel a legacy plan', question: 'How do I cancel a legacy plan?' },
  prerequisites: { label: 'Prerequisites', question: 'What are the prerequisites?' },
};

export const EXAMPLE_QUESTIONS = [
  'I have 1679 devices and 320 E5',
  '473 network devices, 1206 IoT devices, 320 E5 Security',
  'How do I start a trial?',
  'Which devices count?',
];

/** A procedure from the knowledge base, as the answer model carries it (steps, notes, portal, source). */
export function procedureSection(id: ProcedureId): ProcedureSection {
  const p = procedure(id);
  const source = link(p.source.link);
  return {
    id,
    title: p.title,
    appliesTo: p.appliesTo,
    steps: p.steps,
    notes: [...p.notes, ...p.laterChanges.map((c) => `Later docs: ${c}`)],
    portal: p.portal ? link(p.portal) : undefined,
    source: { ...source, citation: p.source.citation },
  };
}

function base(intent: Intent, headline: string): Answer {
  return {
    intent,
    headline,
    summary: [],
    totalDevices: null,
    coveredDevices: null,
    gap: null,
    missing: [],
    procedures: [],
    notes: [],
    followUps: [],
    links: [link('manageEiot')],
  };
}

function describeProblem(p: InputProblem): string {
  const what = p.subject === 'devices' ? 'devices' : 'licences';
  switch (p.kind) {
    case 'negative':
      return `"${p.written}" is below zero: a count of ${what} can't be negative.`;
    case 'fraction':
      return `"${p.written}" isn't a whole number: ${what} are counted one by one.`;
    case 'too_large':
      return `"${p.written}" ${what} is more than 10 million, which looks like a typo.`;
    case 'range':
      return `"${p.written}" is a range: I need one figure for the ${what}.`;
    case 'mismatch': {
      if (!p.stated) return `"${p.written}" disagrees with the figures it should add up to. How many ${what} exactly?`;
      const { total, network, iot } = p.stated;
      return `${formatCount(total)} (network ${formatCount(network)} + IoT ${formatCount(iot)} = ${formatCount(network + iot)}): the total and its parts disagree. How many ${what} exactly?`;
    }
    case 'conflicting':
      return `${p.written}: two different figures for the same count of ${what}, and you haven't said which is right. Which one should I use?`;
    case 'separator':
      return `"${p.written}" could mean ${p.written.split('.')[0]} or ${p.written.replace('.', ',')}: how many ${what} exactly?`;
    case 'misgrouped':
      return `"${p.written}" has its thousands separators in unexpected places: how many ${what} exactly?`;
  }
}

const ASK_DEVICES =
  'How many devices do you have? Add the **Network devices** and **IoT devices** tabs of the Device inventory (Defender portal > **Assets** > **Devices**).';
const ASK_LICENCES =
  'How many Microsoft 365 E5 (ME5) or E5 Security licences do you have? Say "none" if you only have Defender for Endpoint P2.';
const ASK_BOTH = 'How many devices do you have, and how many Microsoft 365 E5 or E5 Security licences? For example: "1679 devices and 320 E5".';

/** Figures, working and notes for a complete calculation. */
function calculation(devices: DeviceFigures, licences: LicenceHoldings): Calculation {
  const c = coverage(devices.total, licences);
  const figures: Figure[] = [];
  const working: string[] = [];
  if (devices.networkDevices !== undefined && devices.iotDevices !== undefined) {
    figures.push({ label: 'Network devices', value: formatCount(devices.networkDevices) });
    figures.push({ label: 'IoT devices', value: formatCount(devices.iotDevices) });
    if (devices.networkDevices + devices.iotDevices === devices.total) {
      working.push(
        `${formatCount(devices.networkDevices)} + ${formatCount(devices.iotDevices)} = ${formatCount(devices.total)} devices`,
      );
    }
  }
  figures.push({ label: 'Devices counted', value: formatCount(devices.total) });
  if (devices.excludedComputersAndMobile) {
    figures.push({ label: 'Computers & Mobile (not counted)', value: formatCount(devices.excludedComputersAndMobile) });
  }
  if (licences.microsoft365E5) figures.push({ label: 'Microsoft 365 E5 licences', value: formatCount(licences.microsoft365E5) });
  if (licences.e5Security) figures.push({ label: 'E5 Security licences', value: formatCount(licences.e5Security) });
  if (licences.standaloneOwned) figures.push({ label: 'Standalone licences owned', value: formatCount(licences.standaloneOwned) });
  figures.push({ label: 'Devices covered', value: formatCount(c.coveredDevices) });
  figures.push({ label: 'Standalone licences to buy', value: formatCount(c.gap) });

  const e5 = e5LicenceCount(licences);
  if (licences.microsoft365E5 && licences.e5Security) {
    working.push(`${formatCount(licences.microsoft365E5)} + ${formatCount(licences.e5Security)} = ${formatCount(e5)} E5 licences`);
  }
  if (e5 > 0) working.push(`${formatCount(e5)} × ${DEVICES_PER_E5_LICENCE} = ${formatCount(c.coveredByE5)} devices covered by E5`);
  if (licences.standaloneOwned) {
    working.push(
      e5 > 0
        ? `${formatCount(c.coveredByE5)} + ${formatCount(licences.standaloneOwned)} standalone = ${formatCount(c.coveredDevices)} devices covered`
        : `${formatCount(licences.standaloneOwned)} standalone licences cover ${formatCount(c.coveredDevices)} devices`,
    );
  }
  if (e5 === 0 && !licences.standaloneOwned) working.push('No licence that includes Enterprise IoT devices: 0 devices covered');
  working.push(
    c.gap > 0
      ? `${formatCount(devices.total)} − ${formatCount(c.coveredDevices)} = ${formatCount(c.gap)} standalone licences needed`
      : `${formatCount(c.coveredDevices)} − ${formatCount(devices.total)} = ${formatCount(c.headroom)} devices of headroom`,
  );

  const result: Calculation = {
    coverage: c,
    figures,
    working,
    coveredShare: devices.total === 0 ? 1 : Math.min(1, c.coveredDevices / devices.total),
  };
  if (devices.networkDevices !== undefined && devices.iotDevices !== undefined) {
    result.iotOnly = { devices: devices.iotDevices, gap: standaloneLicencesNeeded(devices.iotDevices, licences) };
  }
  return result;
}

function calculateAnswer(input: AnswerInput): Answer {
  const { devices, licences, problems } = input;
  const missing: MissingFigure[] = [];
  if (!devices) missing.push('devices');
  if (!licences) missing.push('licenses');

  if (devices && licences) {
    const calc = calculation(devices, licences);
    const c = calc.coverage;
    const headline =
      c.gap > 0
        ? `You need ${plural(c.gap, 'standalone device licence', 'standalone device licences')}`
        : c.headroom > 0
          ? `You're covered, with ${plural(c.headroom, 'device', 'devices')} of headroom`
          : "You're covered exactly: no standalone licences needed";
    const answer = base('calculate', headline);
    answer.calculation = calc;
    answer.totalDevices = c.totalDevices;
    answer.coveredDevices = c.coveredDevices;
    answer.gap = c.gap;
    answer.summary.push(
      `${formatCount(c.totalDevices)} devices counted; your licences cover ${formatCount(c.coveredDevices)} (${DEVICES_PER_E5_LICENCE} per ME5 / E5 Security licence, 1 per standalone licence).`,
    );
    const e5 = e5LicenceCount(licences);
    if (calc.iotOnly) {
      answer.notes.push(
        `Newer docs (2024 on) count the IoT devices tab only: ${formatCount(calc.iotOnly.devices)} devices, so ${plural(calc.iotOnly.gap, 'standalone licence', 'standalone licences')} under that rule. This answer follows the 2023 page (Network + IoT devices).`,
      );
    }
    if (c.gap > 0 && c.roundedTotal !== c.totalDevices) {
      answer.notes.push(
        `Optional buffer: the 2023 page's step "round up to a multiple of ${LEGACY_COMMITMENT_BLOCK}" would give ${formatCount(c.roundedTotal)} devices, i.e. ${formatCount(c.roundedGap)} licences. That step is left over from legacy plans sold per 100; licences are now per device, so ${formatCount(c.gap)} is enough.`,
      );
    }
    if (devices.excludedComputersAndMobile) {
      answer.notes.push(
        `${formatCount(devices.excludedComputersAndMobile)} computers & mobile devices are not counted: the Computers & Mobile tab is excluded, including devices managed by Defender for Endpoint.`,
      );
    }
    for (const p of licences.ineligible) {
      answer.notes.push(
        `${p.plan} is not listed as eligible for Enterprise IoT: it covers no devices here.`,
      );
    }
    if (e5 === 0) {
      answer.notes.push(licences.mdeP2 ? fact('mde_p2_only').text : 'Without ME5 or E5 Security licences, every device needs a standalone licence.');
    }
    if (c.gap > 0) {
      if (e5 === 0 && !licences.standaloneOwned) {
        answer.summary.push(`Start with a trial (${TRIAL_DEVICES} devices), then buy ${plural(c.gap, 'licence', 'licences')}.`);
        answer.procedures.push(procedureSection('trial'));
      }
      answer.procedures.push(procedureSection('purchase'));
      answer.followUps.push(FOLLOW_UPS.purchase, FOLLOW_UPS.count_devices, FOLLOW_UPS.prerequisites);
    } else {
      if (e5 > 0) {
        answer.summary.push('Enterprise IoT is included with ME5 / E5 Security: make sure it is turned on.');
        answer.procedures.push(procedureSection('turn_on'));
      }
      answer.followUps.push(FOLLOW_UPS.count_devices, FOLLOW_UPS.turn_on, FOLLOW_UPS.turn_off);
    }
    answer.links.push(link('billing'), link('adminCenter'), link('defenderPortal'));
    return answer;
  }

  let headline: string;
  let ask: string;
  if (problems.length > 0) {
    headline = problems.some((p) => p.subject === 'devices') && !devices ? 'I need a valid device count' : 'I need a valid licence count';
  } else if (!devices && !licences) {
    headline = 'I need your device and licence counts';
  } else if (!devices) {
    headline = `Your licences cover ${plural(licences ? coverage(0, licences).coveredDevices : 0, 'device', 'devices')}: how many devices do you have?`;
  } else {
    headline = `${plural(devices.total, 'device', 'devices')} to cover: how many E5 licences do you have?`;
  }
  if (missing.length === 2) ask = ASK_BOTH;
  else if (missing[0] === 'devices') ask = ASK_DEVICES;
  else ask = ASK_LICENCES;

  const answer = base('calculate', headline);
  answer.missing = missing;
  answer.ask = ask;
  answer.summary.push(...problems.map(describeProblem));
  if (input.unclearReply) answer.summary.push("I didn't catch a number there.");
  answer.summary.push(ask);
  if (devices) {
    answer.totalDevices = devices.total;
    if (devices.excludedComputersAndMobile) {
      answer.notes.push(
        `${formatCount(devices.excludedComputersAndMobile)} computers & mobile devices are not counted (Computers & Mobile tab is excluded).`,
      );
    }
  }
  if (licences) {
    answer.coveredDevices = coverage(0, licences).coveredDevices;
    answer.procedures.push(procedureSection('count_devices'));
  }
  answer.followUps.push(FOLLOW_UPS.calculator, FOLLOW_UPS.count_devices);
  return answer;
}

/** Figures given beside another question: the gap in one sentence, so the user need not ask again. */
function figuresNote(answer: Answer): void {
  const { totalDevices, coveredDevices, gap } = answer;
  if (totalDevices === null || coveredDevices === null || gap === null) return;
  const stated = `With your figures (${plural(totalDevices, 'device', 'devices')}, ${formatCount(coveredDevices)} covered by licences)`;
  answer.notes.unshift(
    gap > 0
      ? `${stated} you need ${plural(gap, 'standalone device licence', 'standalone device licences')}.`
      : `${stated} you are covered, with ${plural(coveredDevices - totalDevices, 'device', 'devices')} of headroom.`,
  );
}

/** The figures a user gave beside another question are reported, with the gap when both are known. */
function withStatedFigures(answer: Answer, input: AnswerInput): void {
  if (input.devices) answer.totalDevices = input.devices.total;
  if (input.licences) answer.coveredDevices = coverage(0, input.licences).coveredDevices;
  if (input.devices && input.licences) answer.gap = standaloneLicencesNeeded(input.devices.total, input.licences);
  figuresNote(answer);
}

function procedureAnswer(intent: ProcedureId, input: AnswerInput): Answer {
  const s = procedureSection(intent);
  const answer = base(intent, s.title);
  answer.procedures.push(s);
  if (intent === 'prerequisites') answer.notes.push(fact('devices_per_licence').text);
  if (intent === 'purchase') answer.notes.push(fact('per_device_licensing').text);
  if (s.portal) answer.links.push(s.portal);
  withStatedFigures(answer, input);
  const next: Record<ProcedureId, FollowUp[]> = {
    trial: [FOLLOW_UPS.count_devices, FOLLOW_UPS.purchase, FOLLOW_UPS.calculate],
    count_devices: [FOLLOW_UPS.calculate, FOLLOW_UPS.calculator, FOLLOW_UPS.purchase],
    purchase: [FOLLOW_UPS.calculate, FOLLOW_UPS.count_devices, FOLLOW_UPS.trial],
    turn_on: [FOLLOW_UPS.count_devices, FOLLOW_UPS.calculate, FOLLOW_UPS.turn_off],
    turn_off: [FOLLOW_UPS.turn_on, FOLLOW_UPS.cancel_legacy, FOLLOW_UPS.prerequisites],
    cancel_legacy: [FOLLOW_UPS.turn_off, FOLLOW_UPS.prerequisites, FOLLOW_UPS.calculate],
    prerequisites: [FOLLOW_UPS.trial, FOLLOW_UPS.calculate, FOLLOW_UPS.turn_on],
  };
  answer.followUps.push(...next[intent]);
  return answer;
}

const FACT_HEADLINES: Record<Exclude<Intent, ProcedureId | 'calculate' | 'help' | 'unknown'>, [FactId, string]> = {
  devices_per_licence: ['devices_per_licence', 'Each ME5 / E5 Security licence covers 5 devices'],
  per_device_licensing: ['per_device_licensing', 'Standalone licences are per device: no rounding to 100'],
  ot_out_of_scope: ['ot_out_of_scope', 'OT monitoring is licensed differently (per site)'],
  pricing: ['pricing', 'No price is documented'],
  portal_name: ['portal_name', 'Microsoft 365 Defender is now the Microsoft Defender portal (Defender XDR)'],
};

function factAnswer(intent: keyof typeof FACT_HEADLINES, input: AnswerInput): Answer {
  const [id, headline] = FACT_HEADLINES[intent];
  const f = fact(id);
  const answer = base(intent, headline);
  answer.summary.push(f.text);
  answer.links = [link(f.source.link)];
  if (f.source.link !== 'manageEiot') answer.links.push(link('manageEiot'));
  if (intent === 'per_device_licensing' && input.devices) {
    const rounded = Math.ceil(input.devices.total / LEGACY_COMMITMENT_BLOCK) * LEGACY_COMMITMENT_BLOCK;
    answer.summary.push(
      `For ${formatCount(input.devices.total)} devices you count exactly ${formatCount(input.devices.total)}; ${formatCount(rounded)} is only an optional buffer.`,
    );
  }
  withStatedFigures(answer, input);
  answer.followUps.push(FOLLOW_UPS.calculate, FOLLOW_UPS.purchase, FOLLOW_UPS.trial);
  return answer;
}

function helpAnswer(intent: 'help' | 'unknown', tooLong: boolean): Answer {
  const headline = tooLong
    ? `That message is too long: please ask in under ${MAX_QUESTION_CHARS} characters`
    : intent === 'help'
      ? 'I answer Microsoft Defender for IoT Enterprise IoT licensing questions'
      : "I can only help with Defender for IoT Enterprise IoT licensing";
  const answer = base(intent, headline);
  answer.summary.push(
    'Tell me your device and licence counts and I work out how many standalone licences you need (5 devices per ME5 / E5 Security licence).',
    'I also explain how to count devices, start a trial, buy licences, turn Enterprise IoT on or off, cancel a legacy plan, and the prerequisites.',
    `Try: "${EXAMPLE_QUESTIONS[0]}".`,
  );
  answer.followUps.push(
    { label: 'Example: 1679 devices, 320 E5', question: EXAMPLE_QUESTIONS[0] ?? '' },
    FOLLOW_UPS.calculator,
    FOLLOW_UPS.trial,
    FOLLOW_UPS.count_devices,
    FOLLOW_UPS.purchase,
    FOLLOW_UPS.prerequisites,
  );
  return answer;
}

const PROCEDURE_IDS = new Set<string>(Object.keys(knowledge.procedures));

function compose(input: AnswerInput): Answer {
  if (input.tooLong) return helpAnswer('unknown', true);
  const { intent } = input;
  if (intent === 'calculate') return calculateAnswer(input);
  if (intent === 'help' || intent === 'unknown') {
    const answer = helpAnswer(intent, false);
    // "we've got 80 E5 licences. what can you help me with?": the figure stated is reported, as beside any question.
    if (intent === 'help') withStatedFigures(answer, input);
    return answer;
  }
  if (PROCEDURE_IDS.has(intent)) return procedureAnswer(intent as ProcedureId, input);
  return factAnswer(intent as keyof typeof FACT_HEADLINES, input);
}

export function composeAnswer(input: AnswerInput): Answer {
  const answer = compose(input);
  // A follow-up that repeats steps already shown is noise.
  const shown = new Set(answer.procedures.map((p) => FOLLOW_UPS[p.id].question));
  answer.followUps = answer.followUps.filter((f, i, all) => !shown.has(f.question) && all.indexOf(f) === i);
  return answer;
}
