// Text -> Question: normalise, find numbers and nouns, attach one to the other, classify the intent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessIntent, IntentModel, type IntentGuess } from './intentModel';
import { MAX_REASONABLE_COUNT, TRIAL_DEVICES, emptyLicences, withDeviceChange, type LicenceChange, type LicenceHoldings } from '../domain/licensing';
import type { Intent } from '../answer/model';
import { attachNumbers, type Attachment } from './attach';
import { findEntities, type EntityMention, type LicencePlan } from './entities';
import { ADD_TO_THE_COUNT, intentSignals, PORTAL_CHOICE, PROCEDURE_OR_FACT, QUIET_ONES_COUNT } from './intent';
import { gated as gatedPattern } from './literalGate';
import { MAX_QUESTION_CHARS, normalise } from './normalise';
import { findNumbers, type NumberMention } from './numbers';
import type { DeviceFigures, InputProblem, Question } from './question';

export interface RecognizeOptions {
  locale?: string;
}

/** A number right after one of these is what licences cover or allow, not what the user has. */
const NOT_INVENTORY_BEFORE =
  /\bround(?:s|ed|ing)?(?: it| that| this)?(?: up)? to\s*$|\b(?:capped|limited) (?:at|to)\s*$|\bcounts?(?:ed)? as\s*$|\btrial (?:with|of|covering|covers?|limit of|includes?|is for)\s*$|\b(?:cover|covers|covering|covered|allows?|allowing|allowed|(?:covers?|allows?|includes?|supports?|licen[cs]es?|trial|limit|limited)\s(?:\w+\s){0,2}up to|limited to|limit of|maximum of|max|max of|at most|entitled to|would cover|will cover|can cover)\s*(?:only\s|more than\s|less than\s|over\s|under\s|at least\s)?(?:about\s|around\s)?$/;
/** "5 devices per licence": a rate, not an inventory. */
const RATE_AFTER =
  /^\s*(?:devices?|printers?|cameras?|phones?)\sper\s(?:desk|room|floor|site|person|employee|office|building|ward|bed|classroom)\b|^\s*devices?\s(?:increments?|blocks?|packs?|bundles?|lots?|units?|chunks?|each|apiece|trial|limit|cap)\b|^\s*(?:eiot |iot |enterprise iot )?(?:devices?\s)?(?:per|each|for each|for every|with each|with every)\s(?:microsoft 365 |m365 )?(?:m?e5|licen[cs]e|license|seat|user)|^\s*(?:eiot |iot )?devices?\s?\/\s?(?:m?e5 )?(?:licen[cs]e|license|seat|user)\b/;
/** "we cover 1800 devices" is the user's inventory; "E5 covers 1600 devices" is not. */
const OWN_COVER =
  /\b(?:can|could|will|would|do|does|need to|have to|want to|to)\s(?:we|i|you|they|it|that|us)?\s?(?:\w+\s)?(?:cover|covering)\s*(?:only\s)?(?:about\s|around\s|all\s|our\s)?$|\b(?:will|would|can|could|does|do|is|are|enough to)\b[^?!]{0,80}\bcover\s*(?:all\s|our\s|my\s)?$/;
const PEOPLE_AFTER =
  /^\s*(?:of (?:our|the|all|its) )?(?:people|users?|staff|employees|seats|ppl|faculty|crew|personnel|members|engineers|nurses|workers|colleagues)\b/;
/** "(500 devices covered)": what licences cover, not the inventory. */
const COVERED_AFTER = /^\s*(?:eiot |iot )?devices?\s(?:covered|included|allowed|entitled)\b/;
/** "need 79 standalone licences": the user's guess at the answer, not licences owned. */
const NEED_BEFORE = /(?<!\b(?:did|already)\s)\b(?:need|needs|needed|buy|buying|purchase|purchasing|order|ordering|require|requires|get|getting|add|adding|acquire|by|cost for|cost of|price for|price of|quote for|so|thus|hence|meaning)\s(?:(?:to|another|more|additional|extra|the|some|about|around|roughly|exactly|just|only|or|\d+)\s){0,4}(?:~\s?)?$/;
/** Breakdown cues: "1679 devices: 473 network and 1206 IoT". */
const BREAKDOWN = /\b(?:of which|of them|of those|including|incl|which includes|comprising|consisting of|made up of|split|broken down|namely|i\.e|e\.g)\b|[:(]/;
/** "we already own 50 standalone licences": ownership said outright. */
const HYPOTHETICAL_BEFORE =
  /\b(?:might|may|could|plan to|planning to|considering|thinking about|thinking of|will|going to|want to|would like to)\s(?:\w+\s)?(?:add|get|buy|move to|upgrade to|switch to|go to|adding|getting|buying)\s(?:\w+\s)?$|\b(?:need|needs|have|has) to be\s(?:(?:m365|microsoft|365)\s){0,2}$/;
const OWN_BEFORE = /\b(?:have|has|own|owns|owned|already|bought|purchased|existing|got|hold|holding)\b[^.?!]{0,30}$/;
const NEGATION_BEFORE =
  /\b(?:no one(?: here)? (?:has|have|is on|uses|owns)|nobody(?: here)? (?:has|is on|uses|owns)|no|not|without|zero|none|none of|nothing|nothing of|lack|lacking|never had|never (?:moved|went|switched|upgraded) to|used to (?:have|be on)|don'?t (?:have|own|hold|use)|do not (?:have|own|hold|use)|dont (?:have|own)|doesn'?t (?:have|own)|does not (?:have|own)|haven'?t got|(?:haven'?t|have not|didn'?t|did not|never) (?:bought|buy|purchased|purchase)|not an?|not on|aren'?t on|isn'?t on|aren'?t|isn'?t|non|neither|nor|no plans? to (?:move|go|upgrade|switch|migrate) (?:to|onto))\s(?:any\s|an?\s|the\s)?(?:full\s|regular\s|proper\s|actual\s)?$/;
const ONLY_P2 =
  /\bp2,?(?: and)? nothing else\b|\b(?:only|just|solely|purely)\s(?:have\s|has\s|got\s|own\s|owns\s|on\s|use\s|uses\s|runs?\s)?(?:microsoft\s)?(?:mde|defender for endpoint|mdatp)?\s?(?:p|plan\s?)2\b|\bonly (?:the )?(?:p|plan\s?)2 of (?:microsoft )?(?:mde|defender for endpoint)\b|\bp2 (?:customers?|licen[cs]es?|users?|tenant|shop) only\b|\b(?:p|plan\s?)2\s(?:only|alone)\b|\b(?:no|nothing)\s(?:m365\s|microsoft 365\s)?(?:m?e5|e5 security)\b|\bwithout\s(?:any\s)?(?:m?e5|e5 security)\b|\bno\s(?:licen[cs]es|licenses)\b|\bnot an? (?:m?e5|e5 security) (?:customer|shop|tenant)\b|\bnone of the (?:m?e5|e5 security)(?: skus?| plans?| licen[cs]es)?\b/;
const OWNERSHIP = /\b(?:i|we|they|my|our|customer|client|tenant)\b[^.?!]{0,20}\b(?:have|has|own|owns|got|hold|run|bought|purchased)\b|\b(?:our|my)\b/;
/** Past actions and current states are context, not the request: "it is disabled, how do I enable it?". */
const ON_OFF_CONTEXT = [
  /\b(?:after|since|when|because|as) (?:we|i|you|someone|they|it was|it got) (?:\w+ ){0,2}(?:switched|turned|enabled|disabled|activated|deactivated|toggled)\b[^.?!,]*/g,
  /\b(?:we|i|someone|they|somebody) (?:\w+ )?(?:switched|turned|disabled|enabled|toggled)\b[^.?!,]{0,30}?\b(?:last \w+|by mistake|by accident|earlier|previously|\w+ ago|before)\b/g,
  /\b(?:is|was|are|were|'s|says|shows|reads|set to) (?:currently |still |already |now )?(?:disabled|enabled|off|on)\b/g,
  // "turn it back off after enabling it": the earlier step is not the request.
  /\b(?:after|once|since) (?:enabling|activating|disabling|deactivating|(?:turning|switching) (?:it |eiot |enterprise iot )?(?:on|off))\b[^.?!,]*/g,
  // "switch it off temporarily and back on later": the later step is not the request.
  /\b(?:and |then )?(?:(?:turn|switch|put|flip)(?:ed)? (?:it |eiot |them )?)?back on (?:again )?(?:later|afterwards|after(?:wards)?|when\b[^.?!]{0,30}|in \w+|for (?:the )?\w+)\b/g,
  /\b(?:and |then )?(?:later|afterwards|after that) (?:turn|switch|put) (?:it |eiot |them )?(?:back )?on(?: again)?\b/g,
];
const ON_CUE = /\b(?:enable|enabling|activate|activating|activation|turn(?:ed|ing)? (?:\w+ ){0,2}on|switch(?:ed|ing)? (?:\w+ ){0,2}on|back on|on again|(?:to|it) on|start\b[^.?!]{0,20}monitoring)\b/g;
const OFF_CUE = /\b(?:disable|disabling|deactivate|deactivating|put (?:it |eiot |the [a-z ]{1,30} )?off\b(?! (?:the|buying|purchas\w*)\b)|turn(?:ed|ing)? (?:\w+ ){0,2}off|switch(?:ed|ing)? (?:\w+ ){0,2}off|back off|(?:to|it) off|opt\b[^.?!]{0,20}\bout|get rid of|go away)\b/g;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

/** Both "on" and "off" words: the request is the one that is not past context, and the later one. */
function onOrOff(text: string): 'turn_on' | 'turn_off' | undefined {
  let request = text;
  for (const re of ON_OFF_CONTEXT) request = request.replace(re, ' ');
  const on = lastIndex(ON_CUE, request);
  const off = lastIndex(OFF_CUE, request);
  if (on < 0 && off < 0) return undefined;
  return on > off ? 'turn_on' : 'turn_off';
}

const STRONG_OT = /\b(?:ot|plcs?|scada|(?<!\bthe )dcs|ics|operational technology|ot (?:devices|sensors|network))\b/;
const OT_SET_ASIDE =
  /\(not ot\)|\bnot ot\b|\b(?:ignore|ignoring|separate project|separately|on the ot side|excluded)\b[^.?!]{0,40}\b(?:ot|factory|factories|plants?)\b|\b(?:ot|factory|factories|plants?)\b[^.?!]{0,40}\b(?:ignore (?:that|it)|separate project|on the ot side|is separate|are separate)\b|\boffice (?:side|iot) only\b|\bonly the office\b|\b(?:separate(?:ly)?|not asking|aside|excluding|except|apart from|not including|out of scope)\b[^.?!]{0,30}\b(?:ot|scada|plcs?|plants?)\b|\b(?:ot|scada|plcs?|plants?)\b[^.?!]{0,60}\b(?:separate(?:ly)?|aside|not asking|excluded|out of scope|later|handled elsewhere|not part of|not in scope)\b|\boffice side only\b|\bhead office only\b/;
const e5Count = (l: LicenceHoldings | null) => (l ? l.microsoft365E5 + l.e5Security + l.standaloneOwned : 0);
const THANKS = /^(?:thanks|thank you|thx|ty|cheers|much appreciated|appreciate it)\b(?![^?]*\?)/;
const CURRENT_BEFORE = /\b(?:currently|now|today|at the moment|at present|as of today)\b[\s,:]*(?:we have\s|we hold\s|we own\s|it'?s\s)?$/;
const CHANGE_CUE =
  /\b(?:currently|initially|originally|used to|previously|last (?:year|quarter|month|week)|this (?:year|quarter|month)|cut down|increased|decreased|reduced|dropped|grew|rose|unchanged|after the|before the|new number|old number|at renewal|went (?:up|down)|now|today|next (?:month|year|quarter)|moving)\b/;
const TOTAL_BEFORE = /\b(?:overall|in total|altogether|all together|grand total|total of|totalling|totaling|all in all)\b[\s:,]*(?:about\s|around\s|roughly\s)?$/;
const TOTAL_AFTER = /^\s*(?:devices\s)?(?:in total|in all|altogether|overall|total)\b/;
/** "Is a smart TV an IoT device? We have 30 of them." A count with no noun, after a device was named. */
const HAVE_BEFORE = /\b(?:we have|we've got|we got|we own|we run|there are|we've|i have|out of)\s(?:about\s|around\s|roughly\s|some\s|like\s|approx\.?\s)?$/;
const HAVE_AFTER = /^\s*(?:of (?:them|those|these)\b[^.?!]{0,30})?(?:[.?!,]|$|\s(?:at|in|on|across)\b)/;
const PAST_BEFORE = /\b(?:had|was|were|used to|previously|last year|before|earlier|back then|originally)\b[^.;]{0,25}$/;
const WHAT_IF = /\bwhat if\b|\bwhat about\b|\bhow about\b|\bif (?:we|i) (?:had|have|bought|buy|get|got|add|added)\b|\bsuppose\b|\binstead\b/;
const RESET = /^(?:start over|reset|restart|clear|new calculation|start again|forget (?:it|that|everything)|begin again|cancel that)[.!]?$/;
const NUMBER_ONLY = /^(?:about |around |roughly |approx(?:imately)? |~)?[\d,.\s]+(?:k|m| thousand| million)?\s?[.!?]*$/;

/** Licences being considered, not held: "considering buying 100 more E5", "go for 200 add-ons". */
const WHAT_IF_CHANGE_BEFORE =
  /\b(?:what if|what about if|if|suppose|supposing|and if)\s(?:we|i|they)\s(?:also\s|then\s|were to\s|did\s)?(add|added|buy|bought|get|purchase|purchased|drop|dropped|remove|removed|lose|lost|cut|return|returned|cancel|cancelled|plug in|install|connect|deploy)\s(?:the\s)?(?:another\s|an? extra\s|extra\s|additional\s|more\s)?$/;
/** "add 50 more cameras, does that change anything?", "hmm and without the 40 standalone ones?": a change that opens the message. */
const OPENING_CHANGE_BEFORE = /^(?:(?:ok|okay|so|and|hmm|right),?\s)*(add|drop|remove|without|plus)\s(?:the\s)?(?:another\s|an? extra\s|extra\s|additional\s|more\s)?$/;

/** The change verb asked about just before a number ("what if we add 50", "and without the 40"), if any. */
function changeBefore(text: string, start: number): RegExpExecArray | null {
  return WHAT_IF_CHANGE_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) ?? OPENING_CHANGE_BEFORE.exec(text.slice(0, start));
}
/** The verbs of WHAT_IF_CHANGE_BEFORE that take licences away. */
const REMOVING_VERB = /^(?:drop|dropped|remove|removed|lose|lost|cut|return|returned|cancel|cancelled|without)/;
const PLAN_TO_BUY_BEFORE =
  /\b(?:considering|planning|plan|going|want|wants|would like|thinking of|about|need|needs)\s(?:to\s)?(?:buy|buying|purchase|purchasing|order|ordering|add|adding|get|getting)\s(?:another\s|more\s|an extra\s|extra\s|additional\s)?$|\b(?:go|going) for\s$|\bhow much (?:for|is it for|would it be for|will it be for)\s$|\bhow much (?:per (?:month|year) )?(?:would|will|do|does)\s$|\b(?:price|cost|quote) (?:for|of)\s$|\brather not buy more than\s$|\bbuy more than\s$|\b(?:quoted|offered|proposed)\b[^.?!]{0,40}$|\b(?:quote|offer|proposal)\b[^.?!\d]{0,30}?\b(?:is |was )?for\s[^.?!]{0,40}$|\b(?:quote|offer|proposal) (?:says|said|shows|lists|has|had)\b(?:(?!\bwe (?:have|own|hold)\b)[^.?!]){0,40}$(?:\w+\s)?$|\bwhether\s$|\b(?:sign-?off|approval|po|purchase order) for\s[^.?!]{0,40}$|\border (?:of|for)\s$/;
const CORRECTION_BEFORE =
  /(?:\b(?:(?:ah|oh|uh|er|um) no|sorry|i mean|i meant|actually|to be (?:precise|exact)|more precisely|the exact (?:count|figure|number)|correction|corrected|oops|make that|or rather|rather|typo|edit|edited|update|updated|wait|no wait|wait no|scratch that|misread|really|yes|new number|now)\b[\s,:;.()-]*(?:[a-z]+\s[\s,;:-]*){0,3}?(?:(?:devices|iot|network|iot devices|network devices|e5|me5|e5 security|e5 sec|licen[cs]es|licenses)\s(?:is|are|=|:)\s)?|\bit'?s\s(?:(?:actually|now|really|exactly|precisely|around|about|roughly|approx|approximately|like|more like)\s){0,2}|\bactually,? the (?:inventory|portal|dashboard|defender)\b[^.?!\d]{0,40}\s|\b(?:dropped|fell|rose|grew|went|increased|decreased|cut|moved|changed|jumped|climbed)(?: down| up)? to\s|\bdown to\s)$/;
const CORRECTION_AFTER =
  /^\s*(?:[a-z0-9 ]{0,15}?)?[,.]?\s*(?:to be (?:exact|precise)|exactly|precisely|sorry|is (?:the )?correct)\b|^[^\S\n]*(?:after|now|today|currently|these days)\b(?! (?:how|what|where|when|which|can|could|do|does|is|are)\b)/;
/** "neither of us knows which is right", "not sure which one is correct": the user has not chosen between figures. */
const UNSURE_WHICH = gatedPattern(/\b(?:neither of us knows?|nobody knows|no one knows|(?:i|we) (?:honestly |really |genuinely |just )?(?:don'?t|do not) know|not sure|no idea|unsure|can'?t tell)\b[^.?!]{0,20}\bwhich (?:(?:one |figure |number |count |of (?:them|the two) )?(?:is |was )?(?:right|correct|real|true|accurate|the right one)\b|(?:one |figure |number )?to (?:trust|believe)\b|(?:one|figure|number|count)\b(?! (?:to|do|should|i|we|you|of)\b))|\b(?:the two|both) (?:[a-z]+ )?(?:disagree|don'?t agree|differ)\b|\b(?:two|2|three|3) different (?:numbers|figures|counts|answers|totals|results)\b|\bor (?:maybe|perhaps|possibly) \d|\bcan'?t read (?:my own|my|the) (?:note|notes|writing|handwriting)\b|\bnot sure,? (?:maybe|perhaps|it might be|it could be) (?:it is |it'?s )?\d(?![\d.,k]* or \d)|\bdepend(?:s|ing) (?:on )?who you ask\b|\bor was it \d[\d,]*\?|\b(?:neither of us|we) can'?t work out why\b|\bneither of us can work out why\b|\bwhich is it\s?\?|\b(?:i )?(?:may|might) have (?:swapped|mixed up|transposed) the (?:digits|numbers)\b|\b(?:colleague|boss|manager|finance|he|she)(?: is)? (?:saying|says) (?:it'?s|it is) \d|\bsays (?:we have |we'?ve got |there are )?\d[\d,]*(?: [a-z0-9]+){0,3}[;,] (?:but |while |whereas )?(?:the |our )[a-z0-9' ]{2,40} (?:says|shows|lists) \d|\b(?:not sure|no idea|unsure|(?:i|we) don'?t know) which\s?(?=[.?!,;]|$| and\b)|\b(?:he|she|they|my colleague|my boss|my manager|[a-z]+) says? \d[\d,]*(?: [a-z]+)?,? (?:and |but |while |whereas )?(?:i|we) (?:say|think|count|reckon|get) \d|\bsorry,? \d[\d,]*\?+\s?(?:let me|i'?ll|i need to|i have to|need to|have to|must) (?:check|confirm|verify|double[- ]check)\b|\b(?:said|says|say|reckons|thinks|told (?:me|us)) \d[\d,]*(?: [a-z0-9]+){0,3},? (?:but |while |whereas )?(?:the |our )(?![a-z' ]{0,30}\b(?:defender|portal|inventory)\b)[a-z' ]{2,30} (?:says|said|say|shows|reckons) \d|\b(?:licen[cs]e|device)s? (?:side|position|picture|count|number) (?:is|are) (?:not |un)clear\b|\bexport (?:the same tab|the same|that tab|it)\b[^.?!]{0,30}\b(?:i get|gives|shows|has)\b|\b(?:getting|got|had) mixed messages\b|\b(?:colleague|he|she|they|it|manager|boss)\b[^.?!]{0,20}\binsists?\b(?: that)? (?:it'?s|it is|it was|there (?:are|were)|we have|the [a-z ]{1,20} (?:is|was)) (?:about |around )?\d|\b(?:i|we) (?:don'?t|do not|can'?t|cannot) remember\b|\bwhich (?:one |number |figure )?(?:do |should |must |shall )?(?:i|we) (?:use|take|go with|trust)\b|\bbut the [a-z ]{2,30} (?:says|shows) \d[\d,]*\s?\?{2,}|\bwell \d[\d,]* according to\b|\d or maybe \d|\bthe other (?:report|export|list|dashboard|count|tab view) (?:says|shows|has)\b|\b(?:reseller|partner|procurement|finance|invoice|quote)\b[^.?!]{0,20}\bsays \d[\d,]* but\b/);
const RANGE_BEFORE = /\b(?:between|from)\s*$/;
const RANGE_JOIN = /^\s*(?:to|or|and|-)\s*$/;

/**
 * "1679 devices, sorry 1697": a corrected figure replaces the one before it.
 * "between 1500 and 1700 devices": a range is not one figure (flagged as a problem by the caller).
 */
function applyCorrections(text: string, numbers: NumberMention[], attachments: Attachment[]): Attachment[] {
  const out = [...attachments];
  for (const n of numbers) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    // "(was 2,100)" is the old figure, whatever cue stands before it.
    if (/\b(?:was|were|had|used to|previously|before)\s*[(:]?\s*$/.test(before)) continue;
    // "I can't remember whether it's 40 or 60 licences": a doubt between figures, not a correction.
    if (/\b(?:whether|if)\s(?:it'?s|it is|they'?re|they are)\s*$/.test(before)) continue;
    // "200 E5... actually finance says 240, not sure which": a second figure in doubt (the same cues that ask which
    // figure is right, in the rest of its sentence), not a correction.
    if (UNSURE_WHICH.test(/^[^.?!\n]{0,60}/.exec(text.slice(n.end))?.[0] ?? '')) continue;
    const corrects = CORRECTION_BEFORE.test(before) || CORRECTION_AFTER.test(text.slice(n.end, n.end + 25));
    // "is the trial really 90 days?": a duration, not a corrected count.
    if (!corrects || /^\s?(?:days?|weeks?|months?|years?|hours?|%|percent)\b/.test(text.slice(n.end, n.end + 10))) continue;
    const own = out.findIndex((a) => a.number === n);
    // "IoT 1.950, network 230. I mean 1950": the latest figure of its kind said again, not a correction of another
    // one ("300 E5. I previously said 280 E5 but it's actually 300" still corrects the 280).
    const sameValue = own < 0 ? out.filter((a) => a.number.end <= n.start && a.number.value === n.value).at(-1) : undefined;
    if (sameValue && [...out].reverse().find((a) => a.number.end <= n.start && kindKey(a.entity) === kindKey(sameValue.entity)) === sameValue) continue;
    const ownKind = own >= 0 ? kindKey((out[own] as Attachment).entity) : undefined;
    // A correction replaces the figure of the same kind ("320 E5, sorry 330 E5"), or the last one if unlabelled.
    const previous = [...out]
      .reverse()
      .find((a) => a.number.end <= n.start && a.number !== n && (ownKind === undefined || kindKey(a.entity) === ownKind));
    if (!previous) continue;
    const i = out.indexOf(previous);
    out[i] = { number: n, entity: own >= 0 ? (out[own] as Attachment).entity : previous.entity };
    if (own >= 0) out.splice(out.indexOf(out[own] as Attachment), 1);
  }
  return out;
}

function kindKey(e: EntityMention): string {
  return e.kind.type === 'devices' ? `devices:${e.kind.part}` : `licences:${e.kind.plan}`;
}

/** "devices: 900-950", "between 300 and 320 E5": the attached number opens a range. */
function rangeEnd(text: string, numbers: NumberMention[], n: NumberMention): NumberMention | undefined {
  const next = numbers.find((m) => m.start >= n.end);
  if (!next) return undefined;
  const join = text.slice(n.end, next.start).trim();
  if (!['to', '-', 'and', 'or'].includes(join)) return undefined;
  const opened = RANGE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start));
  if ((join === 'and' || join === '-') && !opened && join !== '-') return undefined;
  // "up to 1,720" was rewritten from a change ("rose from 1,650 to 1,720"): not a range.
  if (/\b(?:dropped|fell|rose|grew|went|gone|increased|decreased|changed|moved|cut|jumped|climbed|down|up) to\s*$/.test(text.slice(Math.max(0, n.start - 20), n.start))) {
    return undefined;
  }
  return next;
}

/** The number just before an attached one, joined by "to"/"or"/"-" (or "between ... and"): a range. */
function rangeStart(text: string, numbers: NumberMention[], n: NumberMention): NumberMention | undefined {
  const prev = [...numbers].reverse().find((m) => m.end <= n.start);
  if (!prev) return undefined;
  const join = text.slice(prev.end, n.start);
  if (!RANGE_JOIN.test(join)) return undefined;
  const joinWord = join.trim();
  // "the IoT tab will go from 540 to 720 devices": a change, the later figure stands.
  if (/\b(?:go|goes|going|went|gone|grow|grows|grew|rise|rises|rose|jump|jumps|jumped|increase|increases|increased|move|moves|moved|change|changes|changed|drop|drops|dropped|fall|falls|fell) from\s*$/.test(text.slice(Math.max(0, prev.start - 25), prev.start))) return undefined;
  const opened = RANGE_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start));
  // "one or two E5" is loose talk; "between fifteen hundred to two thousand", "thirty or forty devices" are ranges.
  if (!/\d/.test(prev.text) && !opened && prev.value < 10) return undefined;
  if (joinWord === 'and' && !opened) return undefined;
  if (joinWord === '-' && !opened && prev.value >= n.value) return undefined;
  return prev;
}

/**
 * "inventory says 820 to 870 IoT devices", "for licences we have around 200 to 220 E5": both ends attached to words
 * of the same subject, joined by "to", are still a range.
 */
function sameSubjectTo(text: string, attachments: Attachment[], from: NumberMention, to: NumberMention): boolean {
  const a = attachments.find((x) => x.number === from);
  const b = attachments.find((x) => x.number === to);
  if (!a || !b || a.entity.kind.type !== b.entity.kind.type) return false;
  return text.slice(from.end, to.start) === ' to ';
}

/**
 * "My count of the IoT tab was 930; Priya's export says 1,045 IoT devices, and neither of us knows which is right",
 * "880 (or 1,080, the two exports disagree)": two readings of one figure near a cue that neither is chosen, so ask.
 */
function conflictingReadings(text: string, readings: Attachment[], numbers: NumberMention[]): InputProblem | null {
  const cue = UNSURE_WHICH.test(text) ? UNSURE_WHICH.pattern.exec(text) : null;
  if (!cue) return null;
  // "some sort of Microsoft 365 plan but I'm not sure which one": unsure of a plan's name, not of a figure.
  if (/\b(?:plan|sku|version|tier|edition|product)\b[^.?!\d]{0,30}$/.test(text.slice(Math.max(0, cue.index - 40), cue.index))) return null;
  const near = (n: NumberMention) => n.end > cue.index - 300 && n.start < cue.index + cue[0].length + 150;
  const byKind = new Map<string, NumberMention[]>();
  for (const { number, entity } of readings) {
    const counted = entity.kind.type === 'devices' ? entity.kind.part !== 'excluded' : ['e5', 'e5security', 'standalone', 'generic', 'users'].includes(entity.kind.plan);
    if (!counted || !near(number)) continue;
    const same = byKind.get(kindKey(entity)) ?? [];
    if (!same.some((n) => n.value === number.value)) byKind.set(kindKey(entity), [...same, number]);
  }
  const attachedNumbers = new Set(readings.map((a) => a.number));
  // "the Network devices tab shows 880, but when I export the same tab I get 1,020 rows": a plain device count can be
  // the other reading of a tab's figure.
  const plainDeviceCounts = new Set(readings.filter((a) => a.entity.kind.type === 'devices' && a.entity.kind.part === 'generic').map((a) => a.number));
  const distance = (n: NumberMention) => Math.abs(n.start - cue.index);
  const nearestKind = [...byKind].sort(([, a], [, b]) => Math.min(...a.map(distance)) - Math.min(...b.map(distance)))[0]?.[0];
  // A kind read in the cue's own sentence is tried first: an unlabelled second reading belongs to the figure the user
  // was unsure of ("Inventory: 58 network devices. Licences: 30 E5 - the admin centre says 36, not sure which").
  const sentenceStart = Math.max(text.lastIndexOf('. ', cue.index), text.lastIndexOf('\n', cue.index), text.lastIndexOf('? ', cue.index));
  const afterCue = text.slice(cue.index).search(/[.?!](?:\s|$)|\n/);
  const sentenceEnd = afterCue < 0 ? text.length : cue.index + afterCue;
  const inCueSentence = (found: NumberMention[]) => (found.some((n) => n.start > sentenceStart && n.start < sentenceEnd) ? 0 : 1);
  for (const [kind, found] of [...byKind].sort(([, a], [, b]) => inCueSentence(a) - inCueSentence(b))) {
    const [first] = found;
    // "880 (or 1,080, ...)": the other reading may have no noun of its own; it is of the same size.
    // "the reseller says 2 but our admin centre shows 20": right after the cue, any size, for the figure nearest it
    // (the cue's own "2 different numbers" is not a reading; "says 2 but" at its end may be).
    // ("HR says 'around 400 or 450'" is a range of its own, for another figure.)
    const inRange = (n: NumberMention) => /^\s?(?:or|to|-)\s?\d/.test(text.slice(n.end, n.end + 6)) || /\d\s?(?:or|to|-)\s?$/.test(text.slice(Math.max(0, n.start - 6), n.start));
    const besideCue = (n: NumberMention) => kind === nearestKind && !inRange(n) && n.start >= cue.index + cue[0].length - 12 && n.start <= cue.index + cue[0].length + 40;
    const tab = kind === 'devices:network' || kind === 'devices:iot';
    const other = first && found.length === 1 && numbers.find((n) => (!attachedNumbers.has(n) || (tab && plainDeviceCounts.has(n))) && near(n) && n.value !== first.value && ((n.value >= first.value / 2 && n.value <= first.value * 2) || besideCue(n)));
    const all = other ? [...found, other] : found;
    if (all.length >= 2) {
      const written = all.sort((a, b) => a.start - b.start).map((n) => n.text).join(' or ');
      return { subject: kind.startsWith('devices') ? 'devices' : 'licenses', kind: 'conflicting', written };
    }
  }
  return null;
}

/** "Devices per site: London 400, Paris 350, Berlin 250" is one device count: the sum. */
const PLACE_LIST = /\b(devices?|(?:iot|network)(?: devices| tab)(?: counts?| figures?)?)([^:\n]{0,45}):((?:\s?[a-z][a-z.'-]{1,20}(?:\s[a-z][a-z.'-]{1,20})?\s\d[\d,]{0,15}\s?(?:,|;|and|&)?){2,8})/g;
const PLACE_ENTRY = /[a-z][a-z.'-]{1,20}(?:\s[a-z][a-z.'-]{1,20})?\s(\d[\d,]{0,15})/g;
const LICENCE_WORD = /\b(?:e5|me5|e3|licen|license|seat|user|standalone|p2|p1)/;

function sumPlaceList(text: string): string {
  return text.replace(PLACE_LIST, (whole, noun: string, label: string, list: string) => {
    // "Devices: IoT 1,111, network 222, computers 3,333" names tabs, not places.
    if (LICENCE_WORD.test(list) || /\b(?:iot|network|computers?|mobiles?|laptops?|c&m|endpoints?)\b/.test(list)) return whole;
    // "Devices: printers 212, IP cameras 148": kinds of device, each counted where it stands.
    if (findEntities(list).some((e) => e.kind.type === 'devices')) return whole;
    // "IoT devices: around 700 or 800": a guess between two figures, not two places.
    if (/(?:^|[,;&]|\band\b)\s?(?:around|about|roughly|approx|approximately|maybe|perhaps|nearly|over|under|circa|ca|like|or)\s\d/.test(list)) return whole;
    const entries = [...list.matchAll(PLACE_ENTRY)];
    // "device count: we have 1,500 to 1,800 devices": words of a sentence, not place names.
    if (entries.some((m) => /^(?:to|or|and|we have|have|has|is|are|was|were|about|around|between|from|maybe|say)\s/.test(m[0]))) return whole;
    const values = entries.map((m) => Number((m[1] ?? '').replace(/,/g, '')));
    if (values.length < 2 || values.some((v) => !Number.isSafeInteger(v))) return whole;
    void label;
    const tab = /^(?:iot|network)/.exec(noun)?.[0];
    return `${tab ? `${tab} devices` : noun}: ${values.reduce((a, b) => a + b, 0)}.`;
  });
}

function isWhole(n: number): boolean {
  return Number.isInteger(n);
}

/** Comma groups other than threes: a group of four or more, or a short group before another group ("4,8k" is 4.8k). */
const MISGROUPED = /^\d{1,3}(?:,\d{3})*(?:,\d{4,}|,\d{1,2},\d)/;

/** "(german notation, so thousands)": the user says how their numbers are written. */
const DECLARED_GERMAN_NUMBERS = /\b(?:german|european|continental)\s(?:notation|format|number format|style|separators?)\b|\b(?:dots?|periods?|full stops?) (?:are|as|for|is) (?:the )?thousands?(?: separators?)?\b/i;

/** A licence total split between an eligible and an ineligible plan, without the split. */
const LICENCE_MIX_UNSPLIT =
  /\b(?:mix(?:ture)? of|mixed|some (?:are )?)\s?(?:m365 |microsoft 365 )?(?:e3|e5)(?: and| \/|,)? (?:some )?(?:m365 |microsoft 365 )?(?:e3|e5)\b|\bnot sure (?:whether|if) (?:they'?re|they are|it'?s|those are|these are|we'?re on) (?:m365 |microsoft 365 )?(?:e3|e5) or (?:m365 |microsoft 365 )?(?:e3|e5)\b|\bsome (?:on )?(?:m365 |microsoft 365 )?e5 and some (?:on )?(?:m365 |microsoft 365 )?e3\b|\bsome (?:on )?(?:m365 |microsoft 365 )?e3 and some (?:on )?(?:m365 |microsoft 365 )?e5\b/;

/** "so 1,100 devices total", "= 1,100", "that's 1100": a sum the user worked out. */
const SUM_STATED = /\b(?:so|that'?s|that is|which (?:is|makes)|makes?|gives?(?: us)?|=)\s?(?:a total of |in total |total(?: of)? )?(\d[\d,]{0,15})\b/g;

/** "600 devices (410 network + 250 IoT)": a total with its split in brackets. */
const BRACKETED_SPLIT = /\b(\d[\d,]{0,15}) (?:[a-z-]+ )?devices,? \((?=[^()]*\d[^()]*\b(?:network|iot)\b)/g;

function userSumDisagrees(text: string, generic: number, parts: number, excluded: number): boolean {
  if (parts === 0 || generic === 0 || generic === parts || generic === parts + excluded) return false;
  for (const m of text.matchAll(SUM_STATED)) if (Number((m[1] ?? '').replace(/,/g, '')) === generic) return true;
  for (const m of text.matchAll(BRACKETED_SPLIT)) if (Number((m[1] ?? '').replace(/,/g, '')) === generic) return true;
  return false;
}

function problemFor(n: NumberMention, subject: InputProblem['subject']): InputProblem | null {
  if (n.value < 0) return { subject, kind: 'negative', written: n.text };
  if (!isWhole(n.value)) return { subject, kind: 'fraction', written: n.text };
  // "E5 count is 1.000": one, or a thousand with a dot for the separator? Ask.
  if (/^\d{1,3}\.0{3}$/.test(n.text)) return { subject, kind: 'separator', written: n.text };
  if (n.value > MAX_REASONABLE_COUNT) return { subject, kind: 'too_large', written: n.text };
  // "1,0200": thousands separators in the wrong places; 1,020 or 10,200 is a guess, so ask.
  if (MISGROUPED.test(n.text)) return { subject, kind: 'misgrouped', written: n.text };
  return null;
}

/** "no E5", "we're considering Defender for Business", "move to E5 first": a plan named but not held. */
function notHeld(text: string, e: EntityMention, entities: EntityMention[]): boolean {
  return negated(text, e, entities) || weighed(text, e);
}

/**
 * "We're considering Defender for Business", "do we need to move to E5", "the same device allowance as Microsoft 365
 * E5": a plan weighed up or compared with, not held.
 */
function weighed(text: string, e: EntityMention): boolean {
  const before = text.slice(Math.max(0, e.start - 30), e.start);
  // "we dropped the E5 plan in the 2023 cost-cutting round": a plan given up, not held.
  if (/\b(?:dropped|cancelled|canceled|left|moved off|got rid of|gave up) (?:the |our )?$/.test(before)) return true;
  // "and if we drop the E5 Security seats? leaves 150 M365 E5": a plan supposed gone, the rest given after it.
  if (/\bif (?:we|i) (?:drop|remove|cancel|lose|get rid of) (?:the |our |all (?:the |our )?)?$/.test(before) && /^[^.!\d]{0,20}\?\s?(?:that )?(?:leaves|leaving|so)\b/.test(text.slice(e.end, e.end + 40))) return true;
  // "the E5 upgrade was turned down", "the E5 business case is planned for 2026": a plan proposed, not held.
  if (/^\s(?:upgrade|business case|proposal|bid|project|migration|rollout|roll-out)\b(?! (?:is|was) (?:done|complete|completed|finished))/.test(text.slice(e.end, e.end + 40)) && /\bthe\s$/.test(before)) return true;
  return (
    /\b(?:thought|assumed|believed)(?: that)?\s$|\b(?:considering|thinking about|looking at|evaluating|comparing|(?:move|moving|upgrade|upgrading|migrate|migrating|switch|switching) (?:everyone |everybody |us |all )?to|same (?:[a-z-]+ ){0,3}as)\s(?:\w+\s){0,2}$/.test(before) ||
    // "or do we need P2 or E5?": plans asked about.
    /\b(?:do|would|will|does) (?:we|i|they|you) (?:also |still |actually )?need(?: to (?:get|buy|have|add|move to|upgrade to))?\s(?:[a-z0-9 ]{1,20}\s(?:or|and)\s)?$/.test(before)
  );
}

function negated(text: string, e: EntityMention, entities: EntityMention[] = []): boolean {
  if (NEGATION_BEFORE.test(text.slice(Math.max(0, e.start - 25), e.start))) return true;
  // "no E5 or E5 Security": the negation carries over an "or".
  const previous = [...entities].reverse().find((p) => p.end <= e.start && p.kind.type === 'licences');
  return previous !== undefined && /^\s(?:or|nor|and)\s$|^\s?\/\s?$/.test(text.slice(previous.end, e.start)) && negated(text, previous, entities);
}

interface Extraction {
  devices: DeviceFigures | null;
  licences: LicenceHoldings | null;
  problems: InputProblem[];
  /** A plan was named without a count ("we have E5"): ask how many. */
  licenceCountUnknown: boolean;
  /** Licences known from a number the user wrote, or an explicit "no E5" / "only MDE P2". */
  licenceCountGiven: boolean;
  /** A licence figure came from a number the user wrote. */
  licenceNumberGiven: boolean;
  licenceChange?: LicenceChange;
  deviceChange?: number;
  anyDeviceWord: boolean;
}

function extractFigures(text: string, numbers: NumberMention[], entities: EntityMention[]): Extraction {
  const problems: InputProblem[] = [];
  const usable = numbers.filter((n) => {
    const before = text.slice(Math.max(0, n.start - 90), n.start);
    // "licences cover 1600 devices" is what licences cover; "E5 covers 600 people" is still a licence count.
    const coverage =
      NOT_INVENTORY_BEFORE.test(before) && !OWN_COVER.test(before) && !PEOPLE_AFTER.test(text.slice(n.end, n.end + 30));
    const after = text.slice(n.end, n.end + 40);
    // "are 4,200 devices covered?" asks about the inventory; "(500 devices covered)" states coverage.
    const coveredStatement = COVERED_AFTER.test(after) && !/\b(?:are|is|will|would|can|could|get|be)\s(?:all\s|our\s|the\s)?$/.test(before);
    return !coverage && !RATE_AFTER.test(after) && !coveredStatement;
  });
  const attached = attachNumbers(text, usable, entities);
  const attachments: Attachment[] = applyCorrections(text, usable, attached);

  const excludedWithin: number[] = [];
  const deviceParts = {
    generic: [] as number[],
    network: [] as number[],
    iot: [] as number[],
    excluded: [] as number[],
    total: [] as number[],
  };
  /** "In 2023 we had 900 devices; now we have 1,250": the past figure gives way to the present one. */
  const pastGeneric: number[] = [];
  const plans: Record<LicencePlan, number[]> = {
    e5: [], e5security: [], standalone: [], generic: [], users: [], mdeP2: [], ineligible: [],
  };
  const attachedEntities = new Set<EntityMention>();
  const ineligibleNamed = new Map<string, number | null>();
  const planStarts: Record<LicencePlan, number[]> = {
    e5: [], e5security: [], standalone: [], generic: [], users: [], mdeP2: [], ineligible: [],
  };
  let deviceProblem = false;
  /** Where a list after "N IoT things:" ends; the kinds counted inside it are its breakdown. */
  let iotListEnd = -1;
  let unownedStandalone = false;
  let licenceProblem = false;

  const planEntities = entities.filter(
    (e) => e.kind.type === 'licences' && e.kind.plan !== 'generic' && e.kind.plan !== 'users',
  );
  const untyped: { value: number; start: number; plan: LicencePlan | null }[] = [];
  /** "500 users on E5", "Defender for Business 200 seats": the plan named beside a user or seat count. */
  const planBeside = (number: NumberMention, entity: EntityMention): EntityMention | undefined => {
    const after = planEntities.find((p) => p.start >= entity.end && p.start - entity.end <= 30);
    if (after && /^\s*(?:(?:have|has|with|on|of|for|in|using|licensed|that|who|under|are|is|got|the|all|also|already|both)\s){0,4}$/.test(text.slice(entity.end, after.start))) {
      return after;
    }
    const before = [...planEntities].reverse().find((p) => p.end <= number.start && number.start - p.end <= 12);
    if (before && /^\s*(?:(?:for|with|x|:|-|=|on|\(|covers?|covering|for all|for our|has|have)\s*)?(?:about |around |approx\.? |~\s?)?$/.test(text.slice(before.end, number.start))) return before;
    if (entity.kind.type !== 'licences' || entity.kind.plan !== 'users') return undefined;
    // "Each of our 75 nurses has an E5 licence", "IT team (35 people) has E5": people count, plan in the same sentence.
    // Standalone licences are per device: "~80 staff ... how many Defender for IoT licences" is not 80 of them.
    const sentenceStart = Math.max(text.lastIndexOf('.', number.start), text.lastIndexOf(';', number.start), text.lastIndexOf('\n', number.start), text.lastIndexOf('?', number.start)) + 1;
    const ends = ['.', ';', '\n', '?', '!'].map((c) => text.indexOf(c, entity.end)).filter((i) => i >= 0);
    const sentenceEnd = ends.length ? Math.min(...ends) : text.length;
    // A part of the people between them and the plan ("6,000 employees, 4,400 of them on ME5") takes the plan.
    const between = (p: EntityMention) => (p.start >= entity.end ? text.slice(entity.end, p.start) : text.slice(p.end, number.start));
    const candidates = planEntities.filter(
      (p) =>
        !attachments.some((a) => a.entity === p) &&
        p.start >= sentenceStart && p.end <= sentenceEnd && p.kind.type === 'licences' && p.kind.plan !== 'standalone' && !negated(text, p, entities) && !/\d\s(?:of them|of whom|of those|of which)\b|\bbut only\b|\bexcept\b/.test(between(p)),
    );
    const distance = (p: EntityMention) => (p.start >= entity.end ? p.start - entity.end : number.start - p.end);
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  };

  // "what if we add 50 E5?", "what if we drop 100 E5?": a change to the holdings stated, applied after them.
  const deltas = { e5: 0, e5security: 0, standalone: 0 };
  /** "what if we buy another 40", not "if we bought 50" (held) or "get 400 E5 instead" (a replacement). */
  let changeAsked = false;
  let deviceDelta = 0;
  /** Every excluded figure is the Computers & Mobile tab itself (not laptops or phones named inside a count). */
  let excludedTabOnly = true;
  for (const { number, entity } of attachments) {
    attachedEntities.add(entity);
    const change = changeBefore(text, number.start);
    // "and if we add 50 more cameras?": devices to come, added to the count rather than replacing it.
    if (change && entity.kind.type === 'devices' && entity.kind.part !== 'excluded' && entity.kind.part !== 'total' && Number.isSafeInteger(number.value) && number.value > 0) {
      deviceDelta += REMOVING_VERB.test(change[1] ?? '') ? -number.value : number.value;
      continue;
    }
    // "and with 10 more E5 Security on top?": licences added to the ones held.
    const onTop =
      /\b(?:and|what about|how about) with\s$/.test(text.slice(Math.max(0, number.start - 20), number.start)) && /^\s(?:more|extra|additional)\b/.test(text.slice(number.end));
    if (onTop && entity.kind.type === 'licences' && ['e5', 'e5security', 'standalone'].includes(entity.kind.plan)) {
      deltas[entity.kind.plan as keyof typeof deltas] += number.value;
      changeAsked = true;
      continue;
    }
    // ("what if we add 40 more E5? that'd be 240 E5 vs 1,275 devices": the user gives the new total, which stands.)
    const totalGiven = /^[^.!]{0,30}?\b(?:that'?d be|that would be|so (?:we'?d|we would) have|making it|which makes)\s\d|^[^.!]{0,40}?[.!]?\s?so (?:that'?s |it'?s |we have |now )?\d[\d,]*(?: [a-z0-9]+){0,3} (?:in )?total\b/.test(text.slice(number.end));
    if (change && totalGiven && entity.kind.type === 'licences') continue;
    if (change && entity.kind.type === 'licences' && ['e5', 'e5security', 'standalone'].includes(entity.kind.plan)) {
      const plan = entity.kind.plan as keyof typeof deltas;
      const removing = REMOVING_VERB.test(change[1] ?? '');
      deltas[plan] += removing ? -number.value : number.value;
      if (/^(?:add|buy|get|purchase|drop|remove|lose|cut|return|cancel|without)$/.test(change[1] ?? '') && !/^[^.?!]{0,30}\binstead\b/.test(text.slice(number.end))) changeAsked = true;
      continue;
    }
    // "need 79 standalone licences", "79 or 100 licenses?": the user's guess at the answer, not licences owned.
    if (
      entity.kind.type === 'licences' &&
      (((entity.kind.plan === 'standalone' || entity.kind.plan === 'generic' || entity.kind.plan === 'users') &&
        NEED_BEFORE.test(text.slice(Math.max(0, number.start - 40), number.start)) &&
        // "so two hundred licences and a thousand devices": a spoken "so" opening the message is a filler.
        !/^(?:(?:ok|okay|um|uh|hey|right|yeah),? )*so\s$/.test(text.slice(0, number.start))) ||
        PLAN_TO_BUY_BEFORE.test(text.slice(Math.max(0, number.start - 40), number.start)))
    ) {
      continue;
    }
    const subject = entity.kind.type === 'devices' ? 'devices' : 'licenses';
    const from = rangeStart(text, usable, number);
    const to = rangeEnd(text, usable, number);
    const problem: InputProblem | null =
      from && (!attachments.some((a) => a.number === from) || sameSubjectTo(text, attachments, from, number))
        ? { subject, kind: 'range', written: text.slice(from.start, number.end) }
        : to && !attachments.some((a) => a.number === to)
          ? { subject, kind: 'range', written: text.slice(number.start, to.end) }
          : problemFor(number, subject);
    // "computers/mobile: 2.600": a figure that is not counted needs no asking.
    if (problem && entity.kind.type === 'devices' && entity.kind.part === 'excluded') continue;
    if (problem) {
      problems.push(problem);
      if (subject === 'devices') deviceProblem = true;
      else licenceProblem = true;
      continue;
    }
    if (entity.kind.type === 'devices') {
      // "19 IoT things: kilns, printers, 3 cameras", "5 IoT devices (coffee machine, 2 printers, tv)": the printers
      // and cameras are among them, not added to them.
      if (entity.kind.part === 'iot' && iotListEnd > number.start && !/^iot\b/.test(entity.text)) continue;
      if (entity.kind.part === 'iot' && number.end <= entity.start && /^iot\b/.test(entity.text) && /^\s?[:(]/.test(text.slice(entity.end, entity.end + 3))) {
        iotListEnd = entity.end + (/[.?!\n)]/.exec(text.slice(entity.end + 2))?.index ?? text.length) + 2;
      }
      deviceParts[entity.kind.part].push(number.value);
      if (entity.kind.part === 'excluded' && !/\b(?:computers? ?(?:&|and)? ?mobiles?|c ?& ?m)\b/.test(entity.text)) excludedTabOnly = false;
      // "including 450 inactive devices": a part of the counted tabs, as opposed to the Computers & Mobile tab.
      if (entity.kind.part === 'excluded' && /\b(?:including|incl|of which|of them|of those)\s(?:\w+\s)?$/.test(text.slice(Math.max(0, number.start - 20), number.start))) {
        excludedWithin.push(number.value);
      }
      if (entity.kind.part === 'generic' && PAST_BEFORE.test(text.slice(Math.max(0, number.start - 30), number.start))) {
        pastGeneric.push(number.value);
      }
      if (
        entity.kind.part === 'generic' &&
        (TOTAL_BEFORE.test(text.slice(Math.max(0, number.start - 25), number.start)) ||
          TOTAL_AFTER.test(text.slice(number.end, number.end + 25)))
      ) {
        deviceParts.total.push(number.value);
      }
      continue;
    }
    const { plan } = entity.kind;
    if (plan === 'generic' || plan === 'users') {
        // "1,500 students not licensed": people counted without a plan.
      const unlicensed = /^\s*(?:are\s|who are\s)?(?:not licen[cs]ed|unlicen[cs]ed|without (?:a )?licen)/.test(text.slice(entity.end, entity.end + 30));
      if (unlicensed) continue;
      const beside = planBeside(number, entity);
      if (beside && beside.kind.type === 'licences') {
        attachedEntities.add(beside);
        untyped.push({ value: number.value, start: number.start, plan: beside.kind.plan });
        if (beside.kind.plan === 'ineligible') ineligibleNamed.set(beside.kind.planName ?? 'Unlisted plan', number.value);
      } else if (!entity.text.startsWith('of ')) {
        // "(72 of them)" without a plan beside it counts nothing.
        untyped.push({ value: number.value, start: number.start, plan: plan === 'users' ? null : 'generic' });
      }
      continue;
    }
    plans[plan].push(number.value);
    planStarts[plan].push(number.start);
    // "on top of the 40 standalone ones we already own": ownership said after the figure.
    if (plan === 'standalone' && !OWN_BEFORE.test(text.slice(Math.max(0, number.start - 40), number.start)) && !/^[^.?!]{0,40}\b(?:we|i) (?:already )?(?:own|have|bought|hold)\b/.test(text.slice(number.end, number.end + 60))) {
      unownedStandalone = true;
    }
    if (plan === 'ineligible') ineligibleNamed.set(entity.kind.planName ?? 'Unlisted plan', number.value);
  }

  // "9.5k devs, 1.8k me5, 150 eiot": a bare "N eiot" beside a separate device count is licences owned.
  const bareEiot = attachments.filter((a) => a.entity.kind.type === 'devices' && a.entity.text === 'eiot').map((a) => a.number.value);
  const otherDeviceCounts = attachments.filter((a) => a.entity.kind.type === 'devices' && a.entity.text !== 'eiot').length;
  if (bareEiot.length > 0 && otherDeviceCounts > 0 && /\b(?:m?e5|licen|licenses?|lics?|e3|p2)\b/.test(text)) {
    for (const v of bareEiot) {
      deviceParts.iot.splice(deviceParts.iot.indexOf(v), 1);
      plans.standalone.push(v);
    }
  }
  if (deviceParts.generic.length + deviceParts.iot.length + deviceParts.network.length === 0 && entities.some((e) => e.kind.type === 'devices' && e.kind.part !== 'excluded')) {
    const attachedNumbers = new Set(attachments.map((a) => a.number));
    for (const n of usable) {
      if (attachedNumbers.has(n) || n.value < 0 || !Number.isInteger(n.value)) continue;
      if (HAVE_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) && HAVE_AFTER.test(text.slice(n.end, n.end + 40))) {
        deviceParts.generic.push(n.value);
      }
    }
  }
  // "Each store has about 17 devices, so 1,071 in total": an unlabelled total after devices were counted.
  if (entities.some((e) => e.kind.type === 'devices')) {
    const attachedNumbers = new Set(attachments.map((a) => a.number));
    for (const n of usable) {
      if (!attachedNumbers.has(n) && Number.isInteger(n.value) && n.value >= 0 && TOTAL_AFTER.test(text.slice(n.end, n.end + 25))) {
        // "The Network devices tab for those practices comes to 70 in total": that tab's total.
        const tab = /\b(iot|network)(?: devices)? tab\b[^.?!\d]{0,50}$/.exec(text.slice(Math.max(0, n.start - 80), n.start))?.[1];
        if (tab === 'iot' || tab === 'network') deviceParts[tab].push(n.value);
        else deviceParts.total.push(n.value);
      }
    }
  }
  // Plans named without a number.
  const planMentions = entities.filter((e) => e.kind.type === 'licences');
  let e5Named = false;
  let p2Named = false;
  let countUnknown = false;
  for (const e of planMentions) {
    if (e.kind.type !== 'licences') continue;
    const isNegated = notHeld(text, e, entities);
    if (e.kind.plan === 'mdeP2' && !isNegated) p2Named = true;
    if (e.kind.plan === 'ineligible' && !isNegated && !ineligibleNamed.has(e.kind.planName ?? '')) {
      ineligibleNamed.set(e.kind.planName ?? 'Unlisted plan', null);
    }
    if ((e.kind.plan === 'e5' || e.kind.plan === 'e5security') && !attachedEntities.has(e)) {
      // "We might add E5 in 2026" says nothing about licences held today.
      // "How many ME5 needed?" asks about buying E5, it does not say some are held.
      const asked = /\bhow many (?:more |extra )?$/.test(text.slice(Math.max(0, e.start - 15), e.start));
      if (!isNegated && !asked && !HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start))) countUnknown = true;
    }
    if ((e.kind.plan === 'e5' || e.kind.plan === 'e5security') && !isNegated) e5Named = true;
  }

  // Users / generic licences with no plan beside them take the one plan named in the message; E5 when none.
  const namedKinds = new Set(
    planMentions
      .filter((e) => !notHeld(text, e, entities))
      .map((e) => (e.kind.type === 'licences' ? e.kind.plan : null))
      .filter((p): p is LicencePlan => p === 'e5' || p === 'e5security' || p === 'mdeP2' || p === 'ineligible'),
  );
  const onlyKind = namedKinds.size === 1 ? [...namedKinds][0] : undefined;
  // "~2,100 staff ... ME5 x 410": people only stand for licences when the plan has no count of its own.
  const typedCount = (p: LicencePlan | undefined) => p !== undefined && plans[p].length > 0;
  // "2,000 employees, 1,000 of them with E5": the people with a plan named are the licence figure.
  const explicitPeople = untyped.some((u) => u.plan !== null && u.plan !== 'generic');
  for (const { value, start, plan } of untyped) {
    const target =
      plan !== null && plan !== 'generic'
        ? plan
        : plan === null && (typedCount(onlyKind) || explicitPeople)
          ? undefined
          : onlyKind ?? (plan === 'generic' ? 'e5' : undefined);
    // "500 users" with no plan named says nothing about licences.
    if (target === undefined) continue;
    plans[target].push(value);
    planStarts[target].push(start);
  }
  if (plans.e5.length > 0 || plans.e5security.length > 0) {
    // "320 E5 ... our E5 tenant": a later mention without a number repeats the counted plan.
    const counted = new Set<LicencePlan>();
    if (plans.e5.length > 0) counted.add('e5');
    if (plans.e5security.length > 0) counted.add('e5security');
    countUnknown = planMentions.some(
      (e) =>
        e.kind.type === 'licences' &&
        (e.kind.plan === 'e5' || e.kind.plan === 'e5security') &&
        !counted.has(e.kind.plan) &&
        !attachedEntities.has(e) &&
        !notHeld(text, e, entities) &&
        !HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)),
    );
  }
  // "300 licences, some E5 and some E3", "131 licences, mix of e3 and e5": how many of them cover devices is not said.
  // "i think we have like 150 e5 idk": a licence figure the user doubts.
  if (/\b\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: licen[cs]es| seats)?,? (?:idk|dunno|not sure)\b(?! (?:the|how|what|which|about|if|yet|on|of|re|regarding|whether)\b)/.test(text)) countUnknown = true;
  // "400 E5 but maybe 100 of them expire next month or not": how many will be held is not settled.
  if (/\b(?:m?e5|e5 security|licen[cs]es)\b[^.?!]{0,20}\b(?:but )?(?:maybe|perhaps|possibly|probably) \d[\d,]* of (?:them|those) (?:expire|will expire|are expiring|lapse|will lapse|run out|are being cut|get cut)\b/.test(text)) countUnknown = true;
  // "400 E5 but 87.5 of them are shared with a subsidiary": how many are the tenant's own is not settled.
  if (/\b(?:m?e5|e5 security|licen[cs]es|licenses)\b[^.?!]{0,10}\bbut (?:about |around )?[\d.,]+ of (?:them|those) (?:are|is) (?:shared|split|borrowed)\b/.test(text)) countUnknown = true;
  // "half of the club's 400 E5": a share of someone else's licences, how many is not said.
  if (/\b(?:half|a third|a quarter|part|some|a share) of (?:the |our )?(?:[a-z]+'s |[a-z]+ )?\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security|licen[cs]es|licenses)\b/.test(text)) countUnknown = true;
  // "E5 licences for about two-thirds of our 600 staff": a share of the people, not a count.
  if (/\b(?:m?e5|e5 security)\b[^.?!]{0,30}\bfor (?:about |roughly |around |approx\.? )?(?:half|two-thirds|two thirds|a third|one third|a quarter|three quarters|most|some|many|part) of\b/.test(text)) countUnknown = true;
  // "80 E5 licences and also 'some' standalone licences": a holding whose size is not said.
  if (/\b(?:have|has|own|owned|bought|got|also|plus|and) (?:also )?(?:some|a few|several|a number of|a couple of|an unknown number of) (?:[a-z-]+ ){0,3}?(?:standalone|eiot|defender for iot|add-?on|per-device) (?:[a-z-]+ )?(?:licen[cs]es?|licenses?)\b(?! (?:to|we need|i need)\b)/.test(text)) countUnknown = true;
  if (LICENCE_MIX_UNSPLIT.test(text) && !/\b\d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b|\b(?:m?e5|e5 security)\s?[:=x]?\s?\d/.test(text)) countUnknown = true;

  // "Initially 150 ME5; after the merger, 230 ME5": with change words, the latest figure of a kind stands.
  if (CHANGE_CUE.test(text)) {
    for (const plan of ['e5', 'e5security', 'standalone'] as const) {
      if (plans[plan].length < 2) continue;
      // "Currently 400 E5 ... we used to have 350": the figure marked as current wins, else the latest.
      const current = planStarts[plan].findIndex((start) => CURRENT_BEFORE.test(text.slice(Math.max(0, start - 25), start)));
      // "E5 x 320 and E5 x 180 from the acquisition last year (two separate agreements)": both held today.
      if (current < 0 && /\b(?:separate|both|two (?:agreements|contracts|pools|tenants)|tenant [ab12]\b)/.test(text)) continue;
      plans[plan] = [plans[plan][current >= 0 ? current : plans[plan].length - 1] as number];
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const distinctSum = (xs: number[]) => sum([...new Set(xs)]);

  // Read before and after corrections: "is 500 actually the dashboard says 700 not sure which one" corrects nothing.
  const conflict = deviceProblem && licenceProblem ? null : conflictingReadings(text, [...attached, ...attachments], usable);
  if (conflict && !(conflict.subject === 'devices' ? deviceProblem : licenceProblem)) {
    problems.push(conflict);
    if (conflict.subject === 'devices') deviceProblem = true;
    else licenceProblem = true;
  }

  // Devices.
  let devices: DeviceFigures | null = null;
  if (pastGeneric.length > 0 && pastGeneric.length < deviceParts.generic.length) {
    deviceParts.generic = deviceParts.generic.filter((v) => !pastGeneric.includes(v));
  }
  const generic = distinctSum(deviceParts.generic);
  const network = sum(deviceParts.network);
  const iot = sum(deviceParts.iot);
  const excluded = sum(deviceParts.excluded);
  const mentionsDevices = entities.some((e) => e.kind.type === 'devices' && e.kind.part !== 'total');
  const statedTotal = mentionsDevices ? deviceParts.total.at(-1) : undefined;
  const anyDeviceCount =
    deviceParts.generic.length + deviceParts.network.length + deviceParts.iot.length + deviceParts.excluded.length > 0 ||
    statedTotal !== undefined;
  // "Network devices: unknown", "about 10% inactive": part of the count is not known, so the total is not either.
  // ("I don't know which number to use" after a doubt about the licences is that doubt, not one about the devices.)
  const partUnknown = DEVICE_PART_UNKNOWN.test(text) || (WHICH_TO_USE.test(text) && !licenceProblem);
  if (anyDeviceCount && !deviceProblem && !partUnknown) {
    const parts = network + iot;
    let total: number;
    if (deviceParts.generic.length > 0 && parts > 0) {
      // "840 devices, plus 60 switches at HQ": a part added to the total, not a breakdown of it.
      const addedPart = /\bdevices,? plus (?:another |an? extra )?\d/.test(text);
      // "voip phones 180 (in IoT tab), switches 22": a note on which tab, not a breakdown.
      // "(ticket ref, go-live date)": brackets without figures hold no breakdown.
      const breakdown = BREAKDOWN.test(text.replace(/\((?:in|on|under) (?:the )?(?:iot|network)(?: devices)?(?: tab)?\)|\([^()\d]*\)/g, ''));
      // "now with 25 new badge readers so 1,725 devices": the user's own total holds the part.
      const ownSum = [...text.matchAll(SUM_STATED)].some((m) => Number((m[1] ?? '').replace(/,/g, '')) === generic);
      total = generic === parts || (generic > parts && (breakdown || ownSum) && !addedPart) ? generic : generic + parts;
      // "4,876 rows: Computers & Mobile 3,002 / Network 640 / IoT 1,234": the rows are all three tabs, and only two count.
      if (excluded > 0 && generic === parts + excluded) total = parts;
    } else {
      total = deviceParts.generic.length > 0 ? generic : parts;
    }
    if (statedTotal !== undefined) total = statedTotal;
    // "Total 3,870 devices: Computers & Mobile 3,100, Network 290, IoT 480": the total holds the excluded tab.
    if (statedTotal !== undefined && parts > 0 && excluded > 0 && statedTotal === parts + excluded) total = parts;
    // "2000 devices, of which 300 are laptops": the laptops come out of the total.
    // "Most of those are label printers" describes the counted devices; it does not put the laptops inside them.
    // ("The actual figures: network 41, IoT 118, laptops 141 ... she included the laptops": laptops listed as an item
    // of their own beside the tabs are not inside them.)
    // ("the hangar tablets sit in Computers & Mobile (about 120 of them)": that tab is never inside the other two.)
    const onlyTheTab = deviceParts.generic.length === 0 && statedTotal === undefined && excludedTabOnly;
    const mayHoldExcluded = !onlyTheTab && !/\b(?:iot|network)(?: devices)?(?: tab)?\s?[:=-]?\s?\d[\d,]*(?:\s?\([^()]*\))?\s?(?:,|\n|;)\s*(?:[a-z]+ )?(?:laptops|computers|pcs|phones|mobiles|desktops|computers? (?:&|and) mobiles?|c&m)(?: tab)?\s?[:=-]?\s?\d/.test(text);
    if (excluded > 0 && total >= excluded && mayHoldExcluded && /\b(?:of which|(?<!\b(?:most|many|some|all|half|none|lots|plenty|a lot) |, \d[\d,]{0,15} )of (?:them|those)|including|incl|includes|(?<!\bnot |n'?t |never |\b(?:need|needs|have|has) to be )included(?! in (?:the |our )?(?:m?e5|e5 security|plan|licen[cs]es?|licenses?|subscription|price))|(?<!\b(?:cover|covers|covering|buy|for|license|licence|order|purchase) )the rest(?! (?:are|is) (?:volunteers|staff|users|people|employees|contractors|part-timers)\b))\b|(?<!\b(?:do|should|must|can|shall) (?:i|we) )\binclude\b/.test(text)) {
      total = Math.max(0, total - excluded);
    } else if (excludedWithin.length > 0 && total > sum(excludedWithin)) {
      // "2,900 network, 3,350 IoT, 11,400 Computers & Mobile ... including 450 inactive": only the inactive part
      // comes out of the network and IoT figures.
      total -= sum(excludedWithin);
    }
    // Only Computers & Mobile counts ("MDE P2 on our 800 endpoints"): nothing countable was given.
    if (deviceParts.network.length + deviceParts.iot.length + deviceParts.generic.length === 0 && statedTotal === undefined) {
      // "1,200 Android phones and 300 Windows laptops, nothing else": then nothing counts.
      devices = /\bnothing else\b|\bno other devices\b|\bthat'?s (?:all|it)\b|\bno (?:iot|network) (?:devices|kit) at all\b/.test(text) ? { total: 0 } : null;
    } else {
      devices = { total };
    }
    if (devices && deviceParts.network.length > 0) devices.networkDevices = network;
    if (devices && deviceParts.iot.length > 0) devices.iotDevices = iot;
    if (devices && excluded > 0) devices.excludedComputersAndMobile = excluded;
    if (devices && total > MAX_REASONABLE_COUNT) {
      problems.push({ subject: 'devices', kind: 'too_large', written: String(total) });
      devices = null;
    }
    // "Network 200, IoT 800, so 1,100 devices total": the user's own sum disagrees with its parts, so ask.
    if (devices && deviceParts.network.length > 0 && deviceParts.iot.length > 0 && userSumDisagrees(text, generic, parts, excluded)) {
      problems.push({ subject: 'devices', kind: 'mismatch', written: String(generic), stated: { total: generic, network, iot } });
      devices = null;
    }
    // "Network | 300 / IoT | 900 / Total | 1,300": a totals row that disagrees with its rows, so ask.
    if (devices && deviceParts.network.length > 0 && deviceParts.iot.length > 0 && statedTotal !== undefined && statedTotal !== parts && statedTotal !== parts + excluded && /\btotal\s?[|:]?\s?\d/.test(text)) {
      problems.push({ subject: 'devices', kind: 'mismatch', written: String(statedTotal), stated: { total: statedTotal, network, iot } });
      devices = null;
    }
  }

  // "1,679 devices ... and if we add 50 more cameras?": the change applied to the count given; alone, kept as a change.
  let deviceChange: number | undefined;
  // ("if we add 150 more next quarter we'd be at 1,950 total": the user has added it already.)
  if (deviceDelta !== 0 && !/\b(?:we'?d|we would|that would|that'?d|it would) (?:be|make|bring us to|take us to|put us at)\b/.test(text)) {
    if (devices) devices = withDeviceChange(devices, deviceDelta);
    else if (!deviceProblem) deviceChange = deviceDelta;
  }

  // Licences.
  const anyLicenceCount =
    plans.e5.length + plans.e5security.length + plans.standalone.length + plans.mdeP2.length + plans.ineligible.length > 0 ||
    Object.values(deltas).some((d) => d > 0);
  const e5Negated = planMentions.some(
    (e) =>
      e.kind.type === 'licences' && (e.kind.plan === 'e5' || e.kind.plan === 'e5security') && negated(text, e, entities) &&
      // "what does it cost if we don't have E5": a case supposed, not the tenant's plan.
      !/\bif (?:we|i|you|they|a customer|someone) (?:don'?t|do not|doesn'?t|does not) have (?:any )?$/.test(text.slice(Math.max(0, e.start - 30), e.start)),
  );
  // "or only MDE P2?", "for - only MDE P2 customers?" ask about a rule, not about this tenant.
  const noneSaid = /\blicen[cs]es?\s?[:=-]\s?(?:none|zero|nil|n\/a)\b|\blicenses?\s?[:=-]\s?(?:none|zero|nil|n\/a)\b/.test(text);
  // "we have M365 E3 only": an ineligible plan and nothing else is zero covered, whatever the question.
  const ineligibleOnly = (INELIGIBLE_ONLY.test(text) || (ineligibleNamed.size > 0 && /\b(?:that'?s|that is) all (?:we|i) have\b|\bacross the board\b/.test(text))) && !e5Named;
  const zeroSaid = noneSaid || ineligibleOnly || (ONLY_P2.test(text) && !/\b(?:or|for|is it|are they)\s+only\b|-\s?only\b|\bcan (?:we|i|you|a customer) (?:use|run|get|try|have)\b[^.?!]{0,40}\bwith only\b|(?<!\b(?:customer|client|tenant|company|organi[sz]ation|org) )\b(?:does|do|is|would|will|can|could)\s(?:mde\s|(?:microsoft\s)?defender for endpoint\s)?(?:p|plan\s?)2\s(?:alone|only|on its own|by itself)\b/.test(text)) || e5Negated;
  // "We're on MDE P2" with no E5 named anywhere: the tenant's plan, which covers nothing.
  const p2Held = p2Named && !e5Named && plans.standalone.length === 0 && /\b(?:we'?re|we are|i'?m|we have|we'?ve got|we use|we run|we'?re still|(?:firm|company|tenant|organi[sz]ation|business) is) (?:on |using )?(?:microsoft )?(?:mde|defender for endpoint) (?:p|plan ?)2\b|\b(?:mde|defender for endpoint) (?:p|plan ?)2 only\b/.test(text);
  // "what if we buy another 40 E5 Security?" and nothing held named: a change to holdings this message does not give.
  const held = plans.e5.length + plans.e5security.length + plans.standalone.length + plans.mdeP2.length + plans.ineligible.length > 0;
  const changeOnly = changeAsked && !held && !zeroSaid && !p2Named && ineligibleNamed.size === 0 && Object.values(deltas).some((d) => d !== 0);
  let licences: LicenceHoldings | null = null;
  if (!licenceProblem && !changeOnly && (anyLicenceCount || zeroSaid || p2Named || ineligibleNamed.size > 0) && !countUnknown) {
    licences = emptyLicences();
    // A figure restated in another sentence or in brackets ("300 E5 seats cover ... ? We have 300 E5",
    // "450 staff, all on E5 (450 licences)") is counted once;
    // "30 ME5 + 30 M365 E5" in one sentence is two figures.
    const restatedOnce = (plan: LicencePlan) =>
      sum(
        plans[plan].filter((v, i) => {
          const start = planStarts[plan][i] ?? 0;
          // Compared by place in the text: people counts ("620 staff have E5 (620 E5 in total)") are listed after typed counts.
          return !plans[plan].some((w, j) => j !== i && w === v && (planStarts[plan][j] ?? 0) < start && /[.?!;\n(]|\bso\b|\bi\.e\b|\bthat is\b/.test(text.slice(planStarts[plan][j] ?? 0, start)));
        }),
      );
    licences.microsoft365E5 = Math.max(0, restatedOnce('e5') + deltas.e5);
    licences.e5Security = Math.max(0, restatedOnce('e5security') + deltas.e5security);
    licences.standaloneOwned = Math.max(0, restatedOnce('standalone') + deltas.standalone);
    licences.mdeP2 = p2Named || plans.mdeP2.length > 0;
    licences.ineligible = [...ineligibleNamed].map(([plan, count]) => ({ plan, count }));
    const biggest = Math.max(licences.microsoft365E5, licences.e5Security, licences.standaloneOwned);
    if (biggest > MAX_REASONABLE_COUNT) {
      problems.push({ subject: 'licenses', kind: 'too_large', written: String(biggest) });
      licences = null;
    }
  }
  return {
    devices,
    licences,
    problems,
    licenceCountUnknown: countUnknown,
    licenceNumberGiven: anyLicenceCount,
    ...(changeOnly ? { licenceChange: { microsoft365E5: deltas.e5, e5Security: deltas.e5security, standaloneOwned: deltas.standalone } } : {}),
    ...(deviceChange !== undefined ? { deviceChange } : {}),
    licenceCountGiven:
      (anyLicenceCount && !(unownedStandalone && plans.e5.length + plans.e5security.length === 0)) || zeroSaid || p2Held ||
      // "we are E3 with 150 IoT devices": a plan that covers nothing, beside the devices, is 0 covered.
      (ineligibleNamed.size > 0 && !e5Named && devices !== null && HOLDS_PLAN.test(text)),
    anyDeviceWord: entities.some((e) => e.kind.type === 'devices'),
  };
}

const WHERE_TO_BUY = /\bhow the purchase is made\b|\b(?:buy|purchase|order)\b[^.?!]{0,40}\bthrough (?:a |an |our |the )?(?:csp|reseller|partner)\b|\b(?:need|want|what are) the steps to (?:order|buy|purchase)\b|\bwalk (?:me|us) through how to (?:actually )?(?:buy|purchase|order)\b|\bwhere\b[^.?!]{0,60}\b(?:buy|purchase|order)\b|\bwalk (?:me|us) through (?:buying|purchasing|ordering|the purchase)\b|\b(?:buying|purchas(?:e|ing)|ordering|procurement) process\b|\bsteps? (?:to|for) (?:buy|purchase|order)|\bpurchase steps\b/;
const INELIGIBLE_ONLY =
  /\b(?:e3|e1|f3|p1|mde p1|plan 1|business premium|defender for business)(?: licen[cs]es?| licenses?)? only\b|\bonly (?:have |has |got |on |use |uses |runs? )?(?:m365 |microsoft 365 |office 365 |o365 )?(?:e3|e1|mde p1|p1|business premium|defender for business)\b/;
const WHICH_TO_USE = /\b(?:don'?t|do not) know which (?:one |figure |number )?to use\b/;
const DEVICE_PART_UNKNOWN =
  /\bwhatever the (?:network|iot)(?: devices)? tab (?:shows|says|has)\b|\b(?:includes?|including) (?:about |around |roughly |~ ?)?[\d,]* ?(?:pcs|laptops|computers|phones|mobiles|workstations)\b[^.?!]{0,60}\b(?:don'?t|do not) have the (?:exact )?(?:split|breakdown|tab split)\b|\bdevices?\b[^.?!]{0,30}\bhaven'?t checked (?:it |them )?properly\b|\b\d[\d.,]*k? devices\b[^.?!\d]{0,40}\bincluding (?:the |our |all )?(?:laptops|computers|pcs|phones|mobiles|workstations)\b(?! ?\(?\d)[^.?!]{0,40}\b(?:don'?t|do not) have the (?:tab )?split\b|\b\d[\d,]* (?:[a-z-]+ )?(?:printers|cameras|sensors|devices|screens|displays|kiosks|switches|access points)(?:,| and| plus| \+) (?:a few|some|several|a couple(?: of)?|a handful of|a bunch of|a load of|loads of|lots of) (?:[a-z-]+ )?(?:cameras|printers|sensors|iot devices|network devices|screens|displays|tvs|kiosks|switches|access points|badge readers|thermostats|projectors)\b(?! (?:are|were|is|that|which|have|has|too)\b)|\b(?:a couple(?: of)?|a few|several) (?:hundred|thousand) (?:iot|network)(?: devices)?\b|\bnot sure what the (?:iot|network)(?: devices)? (?:number|figure|count) is\b|\bhaven'?t checked what the portal (?:actually )?counts\b|\b(?:iot|network)(?: devices?)? (?:count|number|figure|total) (?:is|was|of|=|:) ?(?:a couple(?: of)?|a few|several|some) (?:hundred|thousand)\b|\bnobody (?:has )?counted(?: (?:them|it))? yet\b|\b(?:still )?waiting (?:on|for) [^.?!]{0,40}\b(?:iot|network)(?: devices)? (?:figure|number|count)\b|\bgarbled\b|\b(?:iot|network)(?: devices)?(?: tab)?\b[^.?!\d]{0,20}\bmaybe \d[\d,.]*k?,? (?:or )?maybe \d|\b\d[\d,.]*k? devices\?+\s?\(?(?:not sure|unsure|idk)\b|\bhaven'?t (?:looked at|checked|counted) the (?:iot|network)(?: devices)? tab\b|\bthe (?:iot|network)(?: devices)? tab,? (?:i'?m|i am|we'?re|we are) not sure (?:about|of)\b|\bsomewhere in the \d+s\b|\b(?:come back to you|get back to you|follow up|circle back) (?:on|with|about) the (?:iot|network)(?: devices)? (?:number|figure|count)\b|\b(?:the |our )?(?:device )?(?:inventory|count) (?:hasn'?t|has not|isn'?t|is not) (?:been )?(?:done|finished|completed|run|ready)(?: yet)?\b|\bnot sure (?:if|whether) (?:those|they|these|them) are (?:on|in) the (?:iot|network|mobile|computers?(?: (?:&|and) mobile)?) tab\b|\b(?:iot|network)(?: devices)? tab (?:hasn'?t|has not|didn'?t|won'?t|still hasn'?t) (?:loaded|load|finished loading)\b|\bsome (?:laptops|computers|pcs|phones|mobiles|servers|workstations|endpoints)\b[^.?!]{0,30}\b(?:not sure|no idea|don'?t know|unsure|unknown) how many\b|\b(?:1\/2|half|a third|a quarter|most|some|many) of (?:our |the |them|those|these)?\s?(?:\d[\d,]* )?(?:devices )?(?:are|is) (?:laptops|computers|pcs|phones|mobiles|servers|workstations|endpoints)\b|\bgive or take (?:a few |several |a couple of )?(?:hundred|thousand|\d{2,})\b|\bsome of (?:those|them|these|which|the devices) (?:are|might be|could be|may be) (?:laptops|computers|pcs|phones|mobiles|servers|workstations|endpoints)\b[^.?!]{0,30}\b(?:not sure|no idea|don'?t know|unsure|unknown) how many\b|\b(?:idk|don'?t know|not sure|no idea) how many (?:of them |of those )?are (?:iot|laptops|computers|endpoints)\b|\bsome (?:network|iot) devices\b[^.?!]{0,40}\b(?:no idea|not sure|unknown|haven'?t checked|don'?t know)\b|(?<!\d[\d.]*k?\s?)\b(?:network|iot|nw)(?: devices)?(?: tab)?[ \t]?[:=-]?[ \t]?\?{2,}(?!\s?\d)|\b(?:iot|network|nw|devices?)\b[^.?!\n\d]{0,10}\d[\d,.]*k?\s?(?:\+\/-|±|\+-)\s?\d|\b(?:iot|network|nw)(?: devices)?\s?[:=]?\s?~?\d[\d,.]*k?\?\s(?=(?:nw|network|iot|m?e5|licen)\b)|(?<!\d\s?)\b(?:network|iot|devices)(?: devices)?(?: tab)?[ \t]?[:=-]?[ \t]?(?:(?:is |are |still |i |we |we'?re |i'?m )?(?:unknown|not sure|unsure|tbd|tbc|no idea|not known|don'?t know)\b|(?:is|was) (?:(?:um|uh|er|erm),? )?(?:i |we )(?:forget|forgot|can'?t remember|don'?t remember)\b)|\b(?:network|iot|devices|nw)(?: devices)?(?: tab)?[ \t]?[:=][ \t]?\?|\b(?:iot|network|nw)(?: devices)?\s?[:=|]?\s?\d[\d,.]*k\+|\b\d{1,2}(?:\.\d)? ?% (?:of (?:them|those|these|the devices) )?(?:are |is )?(?:inactive|stale|dead|offline|dormant)\b|\bno (?:network|iot)(?: devices)?(?: tab)? (?:data|figures?|numbers?|count) (?:yet|because|as)\b|\b(?:figures|numbers|counts?) (?:not in|not available|missing|pending|still to come) yet\b|\b(?:don'?t|do not) (?:know|have) the (?:network|iot)(?: devices)? (?:figure|number|count)\b|\b(?:network|iot)(?: devices)?(?: tab)?\s?[:=-]?\s?(?:we|i) (?:haven'?t|have not) (?:finished|completed|counted|checked|got)\b|\b(?:that|this|the) (?:figure|number|count|total) (?:probably |might |may |also |still )?(?:includes?|contains?|has) (?:the |our |all )?(?:laptops|computers|pcs|phones|mobiles|endpoints|workstations)\b|\bdevices?\??\s?\(?(?:not sure|unsure) (?:if|whether) (?:that'?s|that is|it'?s|it is|this is) \d[\d.,]*k? or \d[\d.,]*k?\b|\b(?:half|a third|a quarter|some|many|most) (?:of (?:them|those|these|the devices) )?(?:haven'?t|have not|hasn'?t|has not|weren'?t|aren'?t) (?:been )?(?:seen|active|online|connected)\b/;
/** "we need 79 standalone licences", "so we need 79 more": the user's own sum, already done. */
const STATED_GAP = /\b(?:we|i|they|you|and) need (?:another |an extra )?\d[\d,]* (?:more|standalone|extra|additional)\b|\b(?:need|agreed|decided|(?:i|we)'?ll|(?:i|we) will|going|plan) to buy the (?:difference|shortfall|gap|rest)\b|\b(?:we|i) (?:already )?know (?:there'?s|there is|we have) a (?:gap|shortfall)\b|\b(?:we|i) (?:already )?know (?:we'?re|we are) short\b|\b(?:i|we)'?ll buy the (?:difference|shortfall|gap|rest)\b|\b(?:calc|calculation|maths?|sums?) (?:is|are|was) (?:done|finished|complete)\b|\b(?:we'?ve|i'?ve|we have|i have) (?:already )?done the (?:maths?|calc(?:ulation)?s?|sums?)\b/;
const PRICE_WORD = /\bwhat (?:we'?d|we would|would we|we'?ll|we will|will we|do we) (?:have to |need to )?pay\b|\b(?:price|prices|pricing|discounts?|cost|costs|expensive|cheap|cheaper|pricier|how much|msrp|list price|euros?|dollars?|pounds?|usd|eur|gbp|bucks|per month|per year|monthly|yearly|annually|a month|a year)\b/;
const TRY_FIRST = /\b(?:test|try|trial|evaluate|pilot|poc)\b[^.?!]{0,30}\b(?:first|before|out)\b|\b(?:start|get|begin|want) (?:a |the )?(?:free )?trial\b/;
/** "I don't know how many devices we have yet": a figure the user lacks, not a question about counting. */
const COUNT_UNKNOWN =
  /\b(?:don'?t|dont|do not|not sure|no idea|unsure)\b[^.?!]{0,15}\bhow many (?:iot |network )?devices\b|\b(?:no (?:clue|idea)|not sure|unsure|don'?t know)\b[^.?!]{0,20}\bdevices?\b/;

const CANCEL_VERB =
  /\b(?:cancel\w*|end|ended|ending|stop\w*|terminat\w*|unsubscribe|get rid|drop\w*|leave|leaving|get out|want out|discontinu\w*|move off|moving off|exit|needs? to go|go away|remove)\b|\b(?:don'?t|do not|no longer) (?:need|want|use)\b|\bany ?more\b/;

/** "How do I buy them?": the user asks for the steps, whatever figures come with it. */
const HOW_TO_STEP = /\bhow (?:do|can|should|would) (?:i|we) (?:go about |actually |just |even )?(?:buying|purchasing|ordering|buy|purchase|order|get|activate|enable|turn|switch|onboard|place)\b/;

/**
 * The keyword rules decide; the corpus-trained model (intentModel.ts) overrules them only when it is very sure
 * (on a fresh round, 97.2 -> 98.0 % intents right; nothing broken on the hand-written basic questions), and
 * answers on-topic messages no rule recognised.
 */
function chooseIntent(raw: string, text: string, extraction: Extraction, bareNumber: number | null, whatIf: boolean): Intent {
  const ruled = ruleIntent(raw, text, extraction, bareNumber, whatIf);
  const bothFigures = extraction.devices !== null && extraction.licences !== null;
  return settleIntent(ruled, ruled === 'calculate' && bothFigures ? null : learnedGuess(raw), bothFigures);
}

/** The rules' intent, unless the model is sure of another; a calculation with both figures always stands. */
export function settleIntent(ruled: Intent, guess: IntentGuess | null, bothFigures: boolean): Intent {
  if (ruled === 'calculate' && bothFigures) return ruled;
  if (guess && guess.intent !== ruled && guess.margin >= OVERRULE_MARGIN) return guess.intent;
  return ruled;
}

/** One pattern matching wherever any of the given ones does (patterns shared with the intent rules). */
const anyOf = (...patterns: RegExp[]): RegExp => new RegExp(patterns.map((p) => p.source).join('|'));

/** A question other than the gap, asked in so many words beside the tenant's figures. */
const ASKED_ELSEWHERE: Record<string, RegExp> = {
  turn_on: /\bhow (?:do|can|should) (?:i|we) turn (?:the |our )?[a-z ]{3,40}? on\?|\b(?:enable|turn (?:it |eiot |enterprise iot )?on|switch (?:it |eiot )?on|activate|onboard)\b[^.?!]{0,40}(?:\?|\b(?:pls|please|plz|steps)\b)|\b(?:how (?:do|can|should) (?:i|we)|steps? to|how to) (?:enable|turn|switch|activate|onboard)\b/,
  turn_off: /\b(?:disable|turn (?:it |eiot |enterprise iot )?off|switch (?:it |eiot )?off|deactivate)\b[^.?!]{0,40}(?:\?|\b(?:pls|please|plz|steps)\b)|\b(?:(?:we|i) )?(?:(?:want|need|would like|have|prefer) to|'d like to|'d rather| would rather) (?:turn|switch) (?:it |eiot |enterprise iot )?off\b|\bwants? (?:eiot|enterprise iot|it|iot monitoring) off\b[^.?!]{0,10}[.?!]\s?(?:how|steps)\b|\b(?:how (?:do|can|should) (?:i|we)|steps? to|how to) (?:disable|turn|switch|deactivate)\b/,
  prerequisites: /\bprereq(?:uisite)?s?\b|\b(?:am i|are we|is it) eligible\b|\brequirements?\b[^.?!]{0,30}\?/,
  portal_name: /\bwhich portal\b|\bwhat portal\b|\bportal (?:do|should) (?:i|we) use\b/,
  // ("how do we go about buying ..." is answered before this map is consulted.)
  purchase: /\bwhich screen\b|\bjust tell me how to (?:order|buy|purchase) (?:them|those|these|the rest)\b|\bname of the product\b|\bdo (?:i|we) enter the number of\b|\bhow (?:the )?(?:standalone |eiot |device |add-?on )*(?:licen[cs]es|licenses) (?:are|get|can be) (?:ordered|bought|purchased)\b|\bhow (?:to|do (?:i|we)|can (?:i|we)) place (?:the|an|our) order\b|\bwhat'?s the process in the admin cent(?:er|re)\b|\b(?:buy|purchase|order)\b[^.?!]{0,60}\band where\s?\?|\bhow (?:do|can|should) (?:i|we) (?:actually |just )?(?:add|buy|purchase|order|get) (?:them|those|these|(?:more |extra |additional )?(?:of (?:the|those|these) )?(?:eiot |enterprise iot |iot |standalone |device )*(?:licen[cs]es|licenses))\b/,
  count_devices: anyOf(/\bwhich of (?:those|these|them) (?:actually )?counts? for\b|\bwhich of (?:this|these|the) tabs\b|\bonly the (?:network and iot|iot and network|iot|network)(?: devices)? tabs? counts?\b[^.?!]{0,60}\?|\bdo (?:those|these|they|them) (?:still )?count\s?\?|\bwhich (?:counting rule|tabs? (?:to|should (?:i|we)) count|rule should (?:i|we) (?:follow|use))\b|\bwhich tabs? should (?:i|we) (?:be )?(?:adding|add|counting|count|including|include|summing|sum)\b/, /\b(?:laptops|computers|phones|mobiles?|pcs) (?:are|is) (?:counting|counted) (?:too|as well|also)\s?\?/, QUIET_ONES_COUNT, /\bor is it (?:just|only) the (?:iot|network)(?: devices)? tab\b|\bor is it (?:just |only )?(?:the )?(?:iot|network)(?: tab| devices)? only\b|\bor (?:only|just) the (?:iot|network)(?: devices)? tab\b|\bdo (?:i|we) add (?:both|the two) tabs\b|\b(?:have|need) to (?:add|include) the (?:network|iot)(?: devices)? tab\b/, /\bdo(?:es)? (?:the|our) [a-z][a-z ]{1,40}? (?:still )?count(?: too| as well| also)?\s?\?|\bdo (?:those|these|they|them|the [a-z]+(?: [a-z]+)?|our [a-z]+(?: [a-z]+)?) (?:still )?count as (?:iot |eiot )?devices\b|\bdo (?:the |our )?[a-z]+s (?:still )?count as (?:iot|network) or (?:iot|network)\b|\bdo (?:those|these|the|our) (?:(?:old |inactive |dead |decommissioned |retired |offline )?(?:ones|devices|items)|\d[\d,]* [a-z]+) (?:still )?count (?:towards|toward|against|for|in)\b|\b(?:does|do|should) (?:the )?(?:computers? (?:&|and) mobile|c&m|laptops?|phones?|pcs)(?: tab| devices)? (?:need|have) (?:adding|to be added|counting|to be counted|including|to be included)\b|\bdo(?:es)? (?:the )?(?:inactive|offline|stale|dormant|idle)\b[^.?!]{0,60}\bcount\b[^.?!]{0,30}\?/, ADD_TO_THE_COUNT),
  pricing: /\b(?:price|prices|pricing|cost|costs)\b[^.?!]{0,60}\?|\bwhat(?:'ll| will| would|'d) (?:it|that|this|they|the rest|the gap) cost\b|\bwhat (?:an?|one|each) [a-z ]{0,30}licen[cs]e costs\b|\b(?:need|needs|want|wants|asked for|asking for) the (?:cost|price) (?:per|of|for)\b|\bhow much (?:money )?(?:we|do we|will we|would we|i|do i) (?:must |have to |need to |should )?pay\b/,
  trial: /\bcan (?:we|i) (?:trial|try|test) (?:the |them\b|it\b|those\b)[^.?!]{0,40}\bbefore (?:buying|we buy|purchasing|paying)\b/,
  cancel_legacy: /\b(?:how (?:do|can) (?:i|we)|how to) (?:cancel|end|terminate|get out of)\b/,
};
/** Words that ask for the gap itself: then the figures are the question. */
const GAP_ASKED = /\bgap\b(?! is (?:clear|known|sorted|fine|settled))|\bhow many\b|\bhow much (?:more |extra |additional )?(?:standalone |eiot )?(?:licen|do (?:i|we) need|we need|must|should)|\bcovered\b|\benough\b|\bneed to buy\b|\bwhat do (?:i|we) need\b|\banything to buy\b|\bmissing\b|\bshort\b|\bdo (?:i|we) need more\b/;

/** "What else can you do?", "how does this work?": a question about the bot, whatever the preamble says. */
const ABOUT_THE_BOT =
  /\bwhat do you cover\b|\bwhat can you do for (?:me|us)\b|\bwhat can this (?:assistant|bot|thing|chat) do\b|\bwhat you'?re able to do\b|\bwhat are you able to do\b|\bcan you help (?:me|us),? or should (?:i|we)\b|\bsummari[sz]e what you (?:cover|do)\b|\bcan you (?:actually |really )?(?:calculate|do (?:the )?maths|work (?:it |things )?out)\b[^.?!]{0,40}\bor (?:do )?you just\b|\bdo you just answer\b|\bwhat can you help (?:me |us )?with\b|\bwhat are your capabilities\b|\banything you can'?t do\b|\bwhat else can you (?:do|help with)\b|\bhow does this (?:bot |thing |chat |service )?work\b|\bdo i just type\b|\bwhat (?:topics|subjects|areas) (?:do|can) you (?:know|cover|answer|help)|\bquick intro please\b|\bwhat (?:sort|kind|type)s? of (?:questions|things) (?:can|do) you (?:help|answer|handle)|\bwhat (?:sort|kind|type)s? of questions can you\b|\boverview of what you (?:can|do)\b|\bwhat you can help (?:me )?with\b/;
/** A question of five words or more about a third party, not the bot or the sender ("which booking engine integrates best with ...?"). */
const ANOTHER_QUESTION = /(?:^|[.!?\n]\s*)(?![^.!?\n]*\b(?:you|your|bot|help|eiot|licen[cs]es?|licenses?|defender|this|these|it|i|me|my|we|our|us|assistant)\b)(?:[a-z0-9'-]+ ){4,}[a-z0-9'-]+\s?\?/;
const GREETING_LINE = /^(?:hi|hello|hey|hiya|dear [a-z .-]{1,30}|good (?:morning|afternoon|evening)|greetings)\b[^\n,.!]{0,30}[,.!]?\s*/;

/** A message of some length that still asks something, with no help-card words once its greeting is set aside. */
function asksAnotherQuestionAfterGreeting(text: string): boolean {
  const greeting = GREETING_LINE.exec(text);
  if (!greeting) return false;
  // The sign-off after the last question ("Cheers, Giles") is set aside too.
  const afterGreeting = text.slice(greeting[0].length);
  const body = afterGreeting.includes('?') ? afterGreeting.slice(0, afterGreeting.lastIndexOf('?') + 1) : afterGreeting;
  if (body.split(/\s+/).length < 15 || !/\?|\bplease (?:advise|let me know)\b/.test(body)) return false;
  return !intentSignals(body).matched.includes('help') && !/\b(?:you|your)\b[^.?!]{0,30}\b(?:cover|topics|phrase|capabilit\w*)\b|\b(?:ask|tell) you\b/.test(body);
}
/** "what's the number I should give procurement?": the gap, asked for someone else. */
/** "We're on E3 for all 900 users", "our firm has Defender for Business ... 47 IoT devices": a plan held. */
const HOLDS_PLAN = gatedPattern(/\b(?:we'?re|we are|we'?re still|we have|we'?ve got|we use|we run|(?:firm|company|tenant|organi[sz]ation|business|school|practice|charity) (?:has|is on|uses|runs)|(?:users|staff|employees|people|seats) (?:are )?on) (?:all |only |just |still )?(?:on |using )?(?:microsoft 365 |m365 |microsoft |office 365 |o365 )?(?:e3|e1|f3|business premium|defender for business|mde p1|defender for endpoint p1|p1)\b/);
/** "for all 160 office and management users", "on about 400 laptops": a count of users, seats or devices. */
const USERS_OR_DEVICES_COUNTED = /\b\d[\d,]* (?:[a-z-]+ (?:and [a-z-]+ )?)?(?:users|staff|employees|people|seats|mailboxes|laptops|pcs|computers|endpoints)\b/;

/**
 * An eligibility question from a tenant that holds only an unlisted plan, with a count of users, seats or devices:
 * the README's convention reads that as 0 covered (E3 covers nothing); with no count at all the figure stays unknown.
 */
function holdsOnlyIneligiblePlan(text: string, extraction: Extraction): boolean {
  const held = extraction.licences;
  if (!held || held.ineligible.length === 0 || e5Count(held) > 0 || held.mdeP2) return false;
  return HOLDS_PLAN.test(text) && (extraction.devices !== null || USERS_OR_DEVICES_COUNTED.test(text));
}

const NUMBER_FOR_SOMEONE = gatedPattern(/\b(?:number|figure|quantity) (?:i|we) should (?:give|send|pass|hand)(?: to)? (?:procurement|purchasing|finance|the reseller|our reseller|the partner|our partner)\b/);

const BUDGET_BUYS = gatedPattern(/\bhow many\b[^.?!]{0,40}\b(?:would|will|could|can) (?:that|this|it|the budget|our budget|the money) buy\b/);
const GO_ABOUT_BUYING = gatedPattern(/\bhow do (?:i|we) go about (?:buying|purchasing|ordering)\b|\bwhich screen and which product\b/);

function ruleIntent(
  raw: string,
  text: string,
  extraction: Extraction,
  bareNumber: number | null,
  whatIf: boolean,
): Intent {
  const { matched, weak, onTopic, offTopic } = intentSignals(text);
  const hasDevices = extraction.devices !== null;
  const hasLicences = extraction.licences !== null;
  const hasProblem = extraction.problems.length > 0;

  // "we've got 80 E5 licences. what can you help me with?": a question about the bot, even beside one figure.
  if (!hasDevices && (!hasLicences || !GAP_ASKED.test(text)) && ABOUT_THE_BOT.test(text)) return 'help';
  if (NUMBER_FOR_SOMEONE.test(text)) return 'calculate';
  // "we're turning on enterprise IoT next month, how many licences do we need??": the number asked.
  if (!/\btrial\b/.test(text) && /\bhow many (?:[a-z-]+ ){0,3}(?:licen[cs]es|licenses) (?:do|will|would|should) (?:we|i) (?:need|have to buy)\?/.test(text) && matched.includes('turn_on')) return 'calculate';
  // "the club lottery paid for them, just under £12k ... How many licences do I need for them?": the number, not a price.
  if (onTopic && !offTopic && /\bhow many (?:[a-z-]+ ){0,3}(?:licen[cs]es|licenses) do (?:i|we) need\b/.test(text) && !/\b(?:trial|cost|costs|price|pricing|how much)\b/.test(text)) return 'calculate';
  // "I need the number of Enterprise IoT licences for our budget": the calculation, whatever the budget talk.
  if (/\bi need the number of (?:[a-z]+ ){0,3}(?:licen[cs]es|licenses)\b/.test(text)) return 'calculate';
  // "someone enabled Enterprise IoT by mistake in a test tenant. What's the procedure to turn it off?": the steps asked.
  if (matched.includes('turn_off') && /\b(?:procedure|steps?|how) to (?:turn|switch) (?:it |eiot |enterprise iot )?off\b/.test(text)) return 'turn_off';
  // "if I have 10 ME5 how many IoT devices is that": the rule, on an example.
  if (/\bif (?:i|we) (?:have|had|get|got|buy|bought) \d[\d,]* (?:m365 |microsoft 365 )?(?:m?e5(?: security)?|licen[cs]es|licenses)\b[^.?!]{0,20}\bhow many (?:iot )?devices (?:is that|does that cover|would that cover|do (?:i|we) get)\b/.test(text)) return 'devices_per_licence';
  // "... and 95 ME5. Do we actually need it? How many?": the number asked, whatever else is mentioned.
  if (hasLicences && /\bhow many\s?\?+\s*$/.test(text)) return 'calculate';
  // "how many more devices can we add before we need to buy extra?": the headroom, a calculation.
  if (/\bhow many (?:more |extra |additional )?(?:iot |network )?devices (?:can|could) (?:we|i) (?:add|connect|onboard|cover|have)\b/.test(text)) return 'calculate';
  // "Which portal do I use to manage Enterprise IoT now?", "the URL for the portal where I check ...": the portal.
  if (!hasDevices && !hasLicences && matched.includes('portal_name') && /\bwhich portal do (?:i|we) use\b|\bwhich portal (?:do|should|can) (?:i|we) (?:log ?in|sign in|go)(?: to| into)?\b|\b(?:url|link|address) (?:for|of) the portal\b/.test(text)) return 'portal_name';
  // "how many licences we'd need if we turned on IoT monitoring": the number asked.
  if (/\bhow many (?:[a-z-]+ ){0,3}licen[cs]es (?:we'?d|we would|we'?ll|we will|will we|would we) (?:need|require)\b/.test(text)) return 'calculate';
  // "I'm not asking about the gap - I just want to know whether ... sold one per device": the other question.
  if (/\bnot asking (?:about|for) the (?:gap|maths|math|calculation|sum|shortfall)\b/.test(text)) {
    const other = matched.find((i) => i !== 'calculate' && i !== 'help');
    if (other) return other;
  }
  // "Our budget is GBP 15,000. How many standalone licences would that buy?": the price asked.
  if (BUDGET_BUYS.test(text)) return 'pricing';
  // "How do I go about buying the shortfall — which screen and which product?": the gap is known, the buying asked.
  if (GO_ABOUT_BUYING.test(text)) return 'purchase';
  // "Which portal has the Enterprise IoT settings? ... the Azure page only talks about OT sites": the portal asked.
  if (matched.includes('portal_name') && !hasDevices && /\bwhich portal (?:has|holds|do|should|is)\b/.test(text)) return 'portal_name';
  // "we have MDE P2 but no E5, what else do we need to get eIoT?": the prerequisites, not a count.
  if (matched.includes('prerequisites') && !hasDevices && /\bwhat else (?:do|would|will|should) (?:we|i) need\b/.test(text)) return 'prerequisites';
  if (matched.includes('turn_on') && !GAP_ASKED.test(text) && /\bhow (?:do|can|should) (?:i|we) (?:turn|switch) (?:enterprise iot|eiot|it|defender for iot|iot (?:security|monitoring)|(?:the )?monitoring) on\b/.test(text)) return 'turn_on';
  // "if we had 10 e5 how many devs covered": the ratio asked with a hypothetical number of licences.
  if (!hasDevices && /\bif (?:we|i|they) (?:had|have|bought|buy|got|get|add|added) \d[\d,]* (?:more |extra |additional )?(?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: seats| licen[cs]es)?\b[^.?!]{0,30}\bhow many (?:more |extra )?(?:devices|devs|iot devices)\b[^.?!]{0,20}\b(?:covered|cover|would that|can we|could we|does that|do we get)\b/.test(text)) return 'devices_per_licence';
  // "If I have 1 ME5, how many printers can I monitor?": the ratio asked with a single licence.
  if (!hasDevices && e5Count(extraction.licences) === 1 && /\bif (?:i|we) (?:have|had|buy|get) (?:one|1|a single) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b[^.?!]{0,20}\bhow many\b/.test(text)) return 'devices_per_licence';
  // "I count 2,300 IoT devices. What will we need to buy?": with a figure given, the closing question asks the gap.
  if ((hasDevices || hasLicences) && /\bwhat (?:will|would|do|does|should) (?:we|i|they) (?:need to|have to) buy\s?\?*$/.test(text)) return 'calculate';
  // "320.5 ME5, devices 1679": a figure that could not be read still makes both figures given.
  const devicesGiven = hasDevices || extraction.problems.some((p) => p.subject === 'devices');
  const licencesGiven = hasLicences || extraction.problems.some((p) => p.subject === 'licenses');
  if ((hasDevices && licencesGiven) || (hasLicences && devicesGiven)) {
    // A calculation about OT devices (PLCs, SCADA) is still about OT; an office in a factory is not.
    if (matched[0] === 'ot_out_of_scope' && STRONG_OT.test(text) && !OT_SET_ASIDE.test(text)) return 'ot_out_of_scope';
    // "We just got ME5 ... What are the steps to activate IoT device security so our 700 printers show up?"
    if ((matched[0] === 'turn_on' || matched[0] === 'turn_off') && !matched.includes('calculate') && /\bsteps? to (?:activate|enable|turn|switch|disable|deactivate)\b|\bhow (?:do|can) (?:i|we) (?:activate|enable|turn|switch|disable|deactivate)\b/.test(text)) {
      return matched[0];
    }
    // "90 ME5 and 30 printers; management wants Enterprise IoT disabled. Steps?": the tenant described, a step asked.
    if ((matched[0] === 'turn_on' || matched[0] === 'turn_off') && !matched.includes('calculate') && /\bsteps\s?\?|\bwhat are the steps\b|\bprocedure\b/.test(text)) return matched[0];
    // "enable eIoT pls, E5 Security x 90, 510 devices", "prereqs for eiot with 150 ME5 and 820 devices?": the tenant
    // described, another question asked (the answer still works out the gap).
    const askedCue = ASKED_ELSEWHERE[matched[0] ?? ''];
    if (askedCue && askedCue.test(text) && (!matched.includes('calculate') || weak.has('calculate')) && (!weak.has(matched[0]!) || matched[0] === 'count_devices') && !GAP_ASKED.test(text)) {
      return matched[0] as Intent;
    }
    // "... so we need 79 more. How do I purchase them?": the gap already worked out, the buying steps asked.
    if (matched.includes('purchase') && STATED_GAP.test(text) && (HOW_TO_STEP.test(text) || WHERE_TO_BUY.test(text) || /\bprocedure\b[^.?!]{0,30}\b(?:buy|purchase|order)\b|\bcan (?:i|we) (?:buy|purchase|order)\b[^.?!]{0,50}\b(?:myself|ourselves|admin cent(?:er|re)|csp|reseller)\b/.test(text))) return 'purchase';
    // "We have 300 E5 and 1,800 devices - what would the extra licences cost us?": the price of the gap.
    if (matched[0] === 'pricing' && !matched.includes('calculate') && e5Count(extraction.licences) > 0 && /\b(?:what|how much)(?:'s| (?:will|would|does|do|is))\b[^.?!]{0,40}\bcost\b/.test(text)) return 'pricing';
    // "... so I know we're short. What will the shortfall actually cost us?": the gap is known, its price asked.
    if (matched.includes('pricing') && /\b(?:what|how much) (?:will|would|does|do|is) (?:the |our |that |this )?(?:shortfall|gap|difference|extra licen[cs]es|missing licen[cs]es)\b[^.?!]{0,25}\bcost\b/.test(text)) return 'pricing';
    // "... what covering the shortfall will cost. What's the price per device?": the unit price asked outright.
    if (matched.includes('pricing') && /\bwhat(?:'s| is) the (?:list |unit )?(?:price|cost) (?:per|of a|of one|for a|for one|for each) (?:standalone |eiot |add-?on )?(?:device|licen[cs]e|license)\b|\bwhat (?:it|they|each)(?:'ll| will| would)? cost per (?:device|licen[cs]e|license)\b|\bhow much (?:are|is|do|does) (?:they|it|each|one|a licen[cs]e)\s?(?:cost)?\s?\?/.test(text)) return 'pricing';
    // "MDE P2 only, 80 printers, want to test eIoT first": a trial asked for, with the tenant described.
    // "client has 60 ME5 and 410 IoT devices ... where in the admin center do they buy the add-on?"
    if (matched[0] === 'purchase' && !matched.includes('calculate') && WHERE_TO_BUY.test(text)) return 'purchase';
    // With E5 in hand the figures are the question ("start a trial? we have 300 devices and 40 E5").
    const nothingHeld = e5Count(extraction.licences) === 0 && !extraction.licences?.standaloneOwned;
    if (matched[0] === 'trial' && nothingHeld && !matched.includes('calculate') && TRY_FIRST.test(text)) return 'trial';
    // "Please walk me through starting a trial step by step. We're MDE P2 only ... 30 network and 140 IoT devices".
    if (matched.includes('trial') && nothingHeld && !matched.includes('calculate') && /\b(?:walk (?:me|us) through|steps? (?:to|for)) (?:starting|start|starting up|activating|getting|setting up) (?:a |an |the )?(?:free )?(?:eiot )?trial\b/.test(text)) return 'trial';
    // "... before committing budget (roughly $8k). Is there a free trial?": the trial asked for, money mentioned.
    if (matched.includes('trial') && nothingHeld && !matched.includes('calculate') && /\b(?:is there|do you have|can we get|do they offer) (?:a |an )?(?:free )?trial\b/.test(text)) return 'trial';
    // "is there a trial? we have 80 printers and MDE P2, no E5", "price for eIoT? 300 devices, P2 only": the
    // tenant described, a step or a fact asked.
    const asksStep = (matched[0] !== 'purchase' && !(matched[0] === 'pricing' && /\bhow many\b/.test(text))) || HOW_TO_STEP.test(text) || WHERE_TO_BUY.test(text) || /\bhow (?:to|do i|can i) order\b/.test(text);
    if (nothingHeld && asksStep && !matched.includes('calculate') && ['trial', 'pricing', 'prerequisites', 'turn_on', 'turn_off', 'purchase'].includes(matched[0] ?? '') && (/\?/.test(text) || matched[0] === 'trial' || HOW_TO_STEP.test(text) || /\b(?:what'?s|what is|how much is) the (?:cost|price)\b/.test(text))) {
      return matched[0] as Intent;
    }
    // "does one ME5 cover 5 IoT devices?" asks the rule, not about an inventory.
    const tiny = (extraction.devices?.total ?? 0) <= 10 && e5Count(extraction.licences) <= 2;
    if (matched[0] === 'devices_per_licence' && tiny && !OWNERSHIP.test(text) && !matched.includes('calculate')) return 'devices_per_licence';
    // "sold per device? like 1 licence = 1 device?": the figures illustrate the rule.
    if (matched[0] === 'per_device_licensing' && tiny && !OWNERSHIP.test(text)) return 'per_device_licensing';
    return 'calculate';
  }
  // "E5 count unknown (licensing team on holiday), IoT 820": tab figures make it an eIoT message.
  const tabFigures =
    (extraction.devices?.iotDevices !== undefined || extraction.devices?.networkDevices !== undefined) && /\b(?:iot|network)\b/.test(text);
  if (offTopic && !tabFigures && !(whatIf && (hasDevices || hasLicences))) return 'unknown';
  if (THANKS.test(text) && !extraction.devices && !extraction.licences && bareNumber === null) return 'help';
  const figureGiven =
    hasDevices || hasLicences || hasProblem || extraction.licenceCountUnknown || bareNumber !== null || whatIf;
  // "Hey, ... Which booking engine integrates best with Opera PMS?": a greeting, then another topic's question.
  if (matched.length === 1 && matched[0] === 'help' && !onTopic && !figureGiven && ANOTHER_QUESTION.test(text)) return 'unknown';
  // "Hello, ... Our box office till keeps freezing ... Do you know how to reset it? Morag": the greeting was the only
  // thing on the help card; the question itself is another topic's.
  if (matched.length === 1 && matched[0] === 'help' && !onTopic && !hasDevices && !hasLicences && !hasProblem && asksAnotherQuestionAfterGreeting(text)) return 'unknown';
  // "What kind of questions can I ask you? ... you know about calculations and trials": a question about the bot.
  if (!figureGiven && /\bwhat (?:kinds?|sorts?|types?) of (?:questions|things) (?:can|should|could|do) i\b|\bwhat can i ask\b/.test(text)) return 'help';
  // Figures outrank a topic word: "Device inventory: 640 network devices ..." is a calculation.
  const first = matched.find((i) => i !== 'help' && !(figureGiven && weak.has(i)));
  // "we have 150 E5 and need to buy more eIoT licences, how do I order them?": the ordering steps.
  if (first === 'calculate' && matched.includes('purchase') && !hasDevices && /\bhow (?:do|can|should) (?:i|we) (?:actually |just |even )?(?:order|buy|purchase)\b/.test(text)) return 'purchase';
  // "the calc is done, we need to buy some extra. How do I place the order?": the buying steps.
  if (first === 'calculate' && STATED_GAP.test(text) && HOW_TO_STEP.test(text)) return 'purchase';
  // "We only have Microsoft 365 E3. Is that enough for Enterprise IoT?": eligibility, not a sum.
  if (first === 'calculate' && !hasDevices && e5Count(extraction.licences) === 0 && (extraction.licences?.ineligible.length ?? 0) > 0 && /\benough for (?:eiot|enterprise iot|iot|defender)|\beligible\b/.test(text)) return 'prerequisites';
  if (first === 'calculate') return 'calculate';
  // "... I can't find anything called Microsoft 365 Defender. Was it renamed?"
  if (first !== 'portal_name' && matched.includes('portal_name') && /\b(?:renamed|rebranded|new name|called now|same portal|same thing)\b/.test(text) && !extraction.devices && !extraction.licences) {
    return 'portal_name';
  }
  // "we switched eIoT off ... now want to turn it back on. Do I need a particular role to flip the switch?"
  if (first === 'prerequisites' && matched.includes('turn_on') && /\b(?:turn|switch|flip|put) (?:it |eiot |enterprise iot )?back on\b/.test(text)) return 'turn_on';
  // "cost model ... What's the ratio of eIoT devices to licences with ME5? Just the rule": the ratio.
  if (first === 'pricing' && matched.includes('devices_per_licence') && /\bratio\b|\bjust the rule\b/.test(text)) return 'devices_per_licence';
  // "Where do I go to manage Enterprise IoT - is it the Azure portal, the admin center or the Defender portal?"
  if (first !== 'portal_name' && matched.includes('portal_name') && PORTAL_CHOICE.test(text) && !extraction.devices && !extraction.licences) return 'portal_name';
  // "Which SKU do I buy in Marketplace for extra IoT devices?": the buying step.
  if (first === 'prerequisites' && matched.includes('purchase') && /\bwhich (?:sku|product|plan|licen[cs]e) (?:do|should|must) (?:i|we) (?:buy|purchase|order|pick|choose)\b/.test(text)) return 'purchase';
  // "do I need device discovery enabled before eIoT works?": a step of turning it on.
  if (first === 'prerequisites' && matched.includes('turn_on') && /\bdevice discovery\b/.test(text)) return 'turn_on';
  // "We started an eIoT trial ... do I need to cancel it myself or does it stop on its own?": the trial's end.
  if (first === 'cancel_legacy' && matched.includes('trial') && /\btrial\b/.test(text) && !/\blegacy\b|\bcommitted\b|\bold (?:enterprise iot |eiot )?plan\b/.test(text)) return 'trial';
  // "We're E5, not on a legacy plan - want to deactivate Enterprise IoT": the toggle, the legacy plan ruled out.
  if (first === 'cancel_legacy' && matched.includes('turn_off') && /\bnot (?:on |in )?(?:a |the )?legacy\b/.test(text)) return 'turn_off';
  // "The Off option isn't available for us ... is that why?": the toggle.
  if (first === 'prerequisites' && matched.includes('turn_off') && /\boff (?:option|button|toggle|setting)\b/.test(text)) return 'turn_off';
  // "who can start the eIoT trial?": a question about the trial.
  if (first === 'prerequisites' && matched.includes('trial') && /\b(?:start|begin|activate|get|sign up for) (?:the |a |an )?(?:free )?(?:eiot |enterprise iot )?trial\b/.test(text)) return 'trial';
  if (first === 'prerequisites' && matched.includes('trial') && /\btrial\b[^.?!]{0,20}\b(?:possible|available|allowed|an option)\b/.test(text)) return 'trial';
  // "Is eIoT cheaper through a CSP than directly from Microsoft?": a price comparison.
  if (first === 'purchase' && matched.includes('pricing') && /\b(?:cheaper|more expensive|less expensive)\b/.test(text)) return 'pricing';
  // "Does E5 Security count the same as Microsoft 365 E5 for eIoT eligibility?": eligibility.
  if (first === 'devices_per_licence' && /\beligib/.test(text) && !/\bhow many\b/.test(text)) return 'prerequisites';
  // "we have 250 ME5, how many devices are covered and do we need more?": the holdings, then the sum.
  if (first === 'devices_per_licence' && matched.includes('calculate') && extraction.licenceNumberGiven && OWNERSHIP.test(text) && /\b(?:need|buy|more|short|enough|gap|shortfall)\b/.test(text)) {
    return 'calculate';
  }
  // "turn the toggle off ... can I turn it back on without any cost?": the step, with a worry about cost.
  const step = matched.find((i) => i === 'turn_off' || i === 'turn_on' || i === 'trial');
  if (first === 'pricing' && step && /\b(?:without|with no|at no) (?:any |extra |additional )?(?:cost|charge|fee)\b|\bcost anything\b/.test(text)) return step;
  // "Where in the admin center do I buy ...? I have PO approval up to $10,000": the steps, with money mentioned.
  if (first === 'pricing' && matched.includes('purchase') && (WHERE_TO_BUY.test(text) || HOW_TO_STEP.test(text))) return 'purchase';
  // "Can I switch eIoT off if we've bought standalone per-device licences?": the toggle, not the licensing model.
  if (first === 'per_device_licensing' && (matched.includes('turn_off') || matched.includes('turn_on')) && /\b(?:switch|turn|toggle)\b[^.?!]{0,20}\b(?:off|on)\b|\b(?:disable|deactivate|enable|activate)\b/.test(text)) {
    return matched.includes('turn_off') && /\boff\b|\b(?:disable|deactivate)\b/.test(text) ? 'turn_off' : 'turn_on';
  }
  if (first === 'trial' && matched.includes('turn_on') && /\bhow (?:do|can) (?:i|we) (?:turn on|switch on|enable|activate)\b/.test(text)) return 'turn_on';
  // "... (it was ~$9k last year). Where is the Cancel plan button?": money mentioned, a step asked.
  if (first === 'pricing' && !PRICE_WORD.test(text)) {
    const next = matched.find((i) => i !== 'pricing' && i !== 'help' && PROCEDURE_OR_FACT.has(i));
    if (next) return next;
  }
  // "Do we pay Microsoft per monitored device, or is it a flat fee?": the licensing model.
  if (first === 'pricing' && matched.includes('per_device_licensing') && /\bper[- ](?:monitored |protected )?device\b[^.?!]{0,40}\bor\b/.test(text) && !/\b(?:price|prices|cost|costs|expensive|cheap|how much)\b/.test(text) && !/[$€£]\s?\d/.test(text)) {
    return 'per_device_licensing';
  }
  // "How long is the trial ...? Does it auto-convert to paid?": a trial question.
  if (first === 'purchase' && matched.includes('trial') && /\btrial\b/.test(text) && /\bhow long\b|\bauto-?convert|\bconvert\b[^.?!]{0,25}\bautomatically\b|\bend of the\b[^.?!]{0,25}\btrial\b/.test(text)) return 'trial';
  // "licensed per device or per site like the OT stuff?": a licensing-model question that mentions OT.
  if (first === 'ot_out_of_scope' && matched.includes('per_device_licensing') && /\bper[- ]device\b/.test(text) && !STRONG_OT.test(text.replace(/\blike (?:the )?ot\b/g, ''))) {
    return 'per_device_licensing';
  }
  // "Do printers and VoIP phones count as IoT devices ...? My manager thinks every device costs money": which count.
  if (first === 'pricing' && matched.includes('count_devices') && /\b(?:do|does)\b[^.?!]{0,60}\bcount as\b/.test(text)) return 'count_devices';
  // "Where exactly do I enter the quantity and buy it?": the purchase steps.
  if (first === 'per_device_licensing' && matched.includes('purchase') && WHERE_TO_BUY.test(text)) return 'purchase';
  // "Where in the portal do I find the device numbers to work out eIoT licences?": how to count.
  if (!figureGiven && matched.includes('count_devices') && /\bwhere\b[^.?!]{0,30}\b(?:find|see|get)\b[^.?!]{0,20}\b(?:device (?:numbers?|counts?)|number of devices|devices? count)\b/.test(text)) return 'count_devices';
  // "where's the device inventory in the defender portal": where to count, not the portal's name.
  if (first === 'portal_name' && matched.includes('count_devices') && /\bwhere(?:'s| is| do i find| can i (?:find|see))\b[^.?!]{0,20}\b(?:device inventory|device list|devices? (?:page|list|count))\b/.test(text)) return 'count_devices';
  // "Does MDE P2 on its own include any IoT devices?": what the plan qualifies for.
  if (first === 'devices_per_licence' && !hasDevices && /\b(?:mde )?p2 (?:on its own|alone|by itself)\b/.test(text) && !/\b(?:include|includes|come with|comes with) any\b/.test(text)) return 'prerequisites';
  // "counted per device? Just the unit of licensing, not the price": the price ruled out.
  if (first === 'pricing' && /\bnot (?:the |about )?(?:price|cost|pricing)\b/.test(text)) {
    const next = matched.find((i) => i !== 'pricing' && i !== 'help');
    if (next) return next;
  }
  // "Is E5 Compliance enough for eIoT ...? We're cost-sensitive this year": eligibility, money mentioned.
  if (first === 'pricing' && matched.includes('prerequisites') && /\b(?:enough|eligible|qualify|has to be)\b/.test(text) && !/\bhow much\b|\b(?:price|cost) (?:of|for|per)\b/.test(text)) return 'prerequisites';
  // "Do I need an Azure subscription ...? (charged back at 500 EUR a month)": a prerequisite, money mentioned.
  if (first === 'pricing' && matched.includes('prerequisites') && /\bdo (?:i|we) need (?:an? |any )?(?:azure|subscription|licen|role|permission)/.test(text)) return 'prerequisites';
  // "Can I switch off Enterprise IoT ...? The toggle is greyed out. I'm Security administrator": the toggle.
  if (first === 'prerequisites' && matched.includes('turn_off') && /\b(?:can i|how do i|how to|can we) (?:switch|turn) (?:it |eiot |enterprise iot )?off\b/.test(text)) return 'turn_off';
  // "how much standalone do I need?" asks a quantity, not a price.
  if (first === 'pricing' && /\bhow much\b[^.?!]{0,30}\b(?:do |should |must )?(?:i|we) (?:need|buy|get)\b/.test(text)) return 'calculate';
  // "how many devices does a single licence give us?" asks the ratio, whatever "single licence" suggests.
  if (first === 'per_device_licensing' && matched.includes('devices_per_licence') && /\bhow many (?:[a-z]+ ){0,3}devices (?:does|do|would|will|can)\b/.test(text)) {
    return 'devices_per_licence';
  }
  // "1 standalone licence = 1 device, right?": the per-device model, not the E5 ratio.
  if (first === 'devices_per_licence' && !/\bm?e5\b/.test(text) && /\b(?:one|1|a|each) (?:standalone |eiot |add-?on )*(?:eiot )?licen[cs]e\b[^.?!]{0,10}(?:=|equals|covers|is)\s?(?:exactly |just |only )?(?:one|1|a single) device\b/.test(text)) return 'per_device_licensing';
  // "per-device licensing for eiot: one licence = one device?" asks about the model, whatever the ratio suggests.
  if (first === 'devices_per_licence' && matched.includes('per_device_licensing') && /\bper[- ]device (?:licensing|model|basis)\b/.test(text)) return 'per_device_licensing';
  // "Our old plan was committed devices in increments of 100; is it per-device now?" asks about the model.
  if (first === 'cancel_legacy' && matched.includes('per_device_licensing') && !CANCEL_VERB.test(text)) return 'per_device_licensing';
  if (first === 'per_device_licensing' && matched.includes('cancel_legacy') && CANCEL_VERB.test(text) && /\blegacy\b|\bold plan\b/.test(text)) return 'cancel_legacy';
  // "how expensive is eIoT per device?", "a list price per device?" ask the price, not the licensing model.
  if (first === 'per_device_licensing' && matched.includes('pricing') && PRICE_WORD.test(text) && !/\bcommitted|\bround|\bblocks?\b|\bpacks?\b|\bbundles?\b|\bincrements?\b|\bmultiples?\b|\bper[- ]100\b|\bpricing model\b/.test(text)) {
    return 'pricing';
  }
  if (first && PROCEDURE_OR_FACT.has(first)) {
    // "how many licences for 1679 devices and E5?" is still a calculation.
    const countsGiven = hasDevices || extraction.licenceCountGiven || hasProblem || bareNumber !== null;
    const strongCalculate = matched.includes('calculate') && !weak.has('calculate');
    // "what permissions does someone need to start the trial and buy licences?": the roles, whatever step they are for.
    if (!countsGiven && matched.includes('prerequisites') && /\b(?:what|which) (?:permissions?|roles?|rights|admin rights|access)\b[^.?!]{0,40}\b(?:need|needed|required|necessary)\b/.test(text)) return 'prerequisites';
    // "we're on M365 E3 only - is that enough for eIoT?": eligibility, though "enough" also asks a sum.
    if (first === 'prerequisites' && !hasDevices && e5Count(extraction.licences) === 0 && (extraction.licences?.ineligible.length ?? 0) > 0) return 'prerequisites';
    if (countsGiven && strongCalculate && !['ot_out_of_scope', 'per_device_licensing', 'devices_per_licence'].includes(first)) {
      return 'calculate';
    }
    // "a manufacturing company (office side only, the factory is separate) ... how many licences?": OT set aside.
    if (first === 'ot_out_of_scope' && countsGiven && strongCalculate && (!STRONG_OT.test(text) || OT_SET_ASIDE.test(text))) return 'calculate';
    // "Licences: not sure. Devices: 940. How many standalone do we need?": an inventory with one figure
    // unknown and a sum asked for is a calculation, whatever tab or step it also names.
    if ((first === 'count_devices' || first === 'devices_per_licence') && (extraction.licenceNumberGiven || (matched.includes('calculate') && !weak.has('calculate'))) && !hasDevices && (COUNT_UNKNOWN.test(text) || DEVICE_PART_UNKNOWN.test(text) || WHICH_TO_USE.test(text))) return 'calculate';
    // "we have M365 E3 for 3000 users, is it enough or what prerequisite?": eligibility, whatever else is asked.
    if (first === 'prerequisites' && !hasDevices && e5Count(extraction.licences) === 0) return 'prerequisites';
    const oneFigureKnown = hasDevices || extraction.licenceCountGiven;
    const asksWhichCount = /\bwhich (?:ones|devices|of them)\b[^.?!]{0,30}\bcount\b|\brule\b[^.?!]{0,20}\bmean\b[^.?!]{0,30}\bleave (?:those|them|these) out\b|\bunderstand the (?:[a-z]+ )?rule\b|\b(?:are|is)\b[^.?!]{0,40}\bincluded in\b|\b(?:do|does) the (?:\d[\d,]* )?(?:[a-z]+ ){0,3}count (?:too|as well|also)\b/.test(text);
    const asksWhere = /\b(?:which|what) setting\b|\bwhere do i\b|\bflip\b|\btoggle\b/.test(text);
    if (oneFigureKnown && ['count_devices', 'purchase', 'turn_on'].includes(first) && !HOW_TO_STEP.test(text) && !asksWhichCount && !(first === 'turn_on' && asksWhere)) {
      if (matched.includes('calculate') || (hasDevices && extraction.licenceCountUnknown)) return 'calculate';
    }
    if ((first === 'turn_on' || first === 'turn_off') && matched.includes('turn_on') && matched.includes('turn_off')) {
      return onOrOff(text) ?? first;
    }
    return first;
  }
  if (figureGiven || matched.includes('calculate')) return 'calculate';
  if (matched.includes('help')) return 'help';
  if (extraction.anyDeviceWord && /\blicen[cs]|\blicenses?\b/.test(text)) return 'calculate';
  if (onTopic) return learnedIntent(raw) ?? 'help';
  return 'unknown';
}

/** Below this log-odds margin the model's guess is no better than the help card's list of topics. */
const MIN_LEARNED_MARGIN = 2;
/** The margin at which the model overrules the rules (tuned on held-out corpus rounds, see README). */
export const OVERRULE_MARGIN = 20;
let intentModel: IntentModel | undefined;

/** Parses the trained model (~40 ms, on the first question; start-up does not wait for it). */
export function loadIntentModel(): IntentModel {
  intentModel ??= IntentModel.parse(JSON.parse(readFileSync(join(__dirname, 'intentModelData.json'), 'utf8')));
  return intentModel;
}

function learnedGuess(raw: string): IntentGuess | null {
  return guessIntent(loadIntentModel(), raw);
}

/** The model's intent for an on-topic message no rule recognised, when it is clear enough. */
function learnedIntent(raw: string): Intent | undefined {
  const guess = learnedGuess(raw);
  if (!guess || guess.margin < MIN_LEARNED_MARGIN || guess.intent === 'unknown') return undefined;
  return guess.intent;
}

export function recognize(raw: string, options: RecognizeOptions = {}): Question {
  const empty: Question = {
    intent: 'help',
    devices: null,
    licences: null,
    problems: [],
    whatIf: false,
    bareNumber: null,
    reset: false,
    tooLong: false,
  };
  if (raw.length > MAX_QUESTION_CHARS) return { ...empty, intent: 'unknown', tooLong: true };
  let text = normalise(raw, DECLARED_GERMAN_NUMBERS.test(raw) ? 'de-DE' : options.locale);
  // Nothing but punctuation or symbols ("…", "??"): treat as an empty message.
  if (!/[a-z0-9\u00c0-\u024f]/.test(text)) return empty;
  if (RESET.test(text)) return { ...empty, reset: true };

  const numbers = findNumbers(text = sumPlaceList(text));
  const entities = findEntities(text);
  const extraction = extractFigures(text, numbers, entities);
  // "and with 10 more E5 Security on top?": a change asked is a "what if" however it is phrased.
  const whatIf = WHAT_IF.test(text) || extraction.licenceChange !== undefined || extraction.deviceChange !== undefined;

  // A number with no noun ("320", "what if we had 400?"): the conversation decides what it answers.
  let bareNumber: number | null = null;
  if (extraction.devices === null && extraction.licences === null && extraction.problems.length === 0 && !extraction.licenceChange && extraction.deviceChange === undefined) {
    const lone = numbers.length === 1 ? numbers[0] : undefined;
    if (lone && (NUMBER_ONLY.test(text) || whatIf)) {
      const problem = problemFor(lone, 'licenses');
      // "what if we add 50 more?": like "what if we had 400?", read as E5, but added to the remembered ones.
      const change = changeBefore(text, lone.start);
      if (problem) extraction.problems.push(problem);
      else if (change) {
        const removing = REMOVING_VERB.test(change[1] ?? '');
        extraction.licenceChange = { microsoft365E5: removing ? -lone.value : lone.value, e5Security: 0, standaloneOwned: 0 };
      } else bareNumber = lone.value;
    }
  }

  const intent = chooseIntent(raw, text, extraction, bareNumber, whatIf);
  // Outside a calculation, figures are reported only where the user wrote a count; a rule question's
  // own numbers ("5 or 10 devices per E5?", "one at a time") are not the user's inventory.
  const ruleQuestion =
    intent === 'devices_per_licence' || (intent === 'trial' && extraction.devices?.total === TRIAL_DEVICES && extraction.devices.networkDevices === undefined && extraction.devices.iotDevices === undefined && !/\b(?:our|my|(?:we|i) (?:have|own|run)) (?:~ ?|about |around |roughly )?100\b/.test(text));
  // "We've got 80 E5 Security users. Confirm the per-licence allowance": the holdings stated are still figures.
  const statedHoldings =
    intent === 'devices_per_licence' && extraction.licenceNumberGiven && !/\bif (?:we|i|they|a department|a team|a site|one team|someone|a company|a customer|an organi[sz]ation|a tenant) (?:will |would |were to )?(?:bought|buy|get|got|had|has|have|purchased?|added?|ordered|order)\b|\bhypothetical(?:ly)?\b|\bin theory\b|\btheoretically\b/.test(text) && (OWNERSHIP.test(text) || /\bhow many devices (?:can|do|does|would|will) \d|\bwith \d[\d,]* (?:m?e5|e5 security)\b|\b\d[\d,]* (?:m?e5|e5 security|m365 e5)(?: licen[cs]es)?,? (?:=|each licence covers its devices)/.test(text)) && e5Count(extraction.licences) > 2;
  // "Our inventory: 400 VoIP phones, 100 printers. How many devices does each E5 allow?": the inventory stated.
  const statedInventory = intent === 'devices_per_licence' && OWNERSHIP.test(text) && (extraction.devices?.total ?? 0) > 10;
  // "We're not E5 and want out of the legacy plan": there "not E5" is the plan's precondition, not a figure.
  // "a single licence for just one device" asks the rule; the one is not an inventory.
  // "Is the minimum purchase 100 devices?": the pack size asked about, not an inventory.
  // "we have 40 OT sensors, how many eIoT licences?": OT devices are not eIoT devices, so no device figure.
  // "Our pumping stations run on SCADA ... about 150 sensors": OT sensors, not eIoT devices.
  const otDevicesOnly =
    intent === 'ot_out_of_scope' && (/\b\d[\d,]* (?:ot|ics|scada|plc|industrial)\b/.test(text) || (/\b(?:scada|plcs?|ics|dcs|rtus?)\b/.test(text) && /\b\d[\d,]* (?:sensors|controllers|rtus?|plcs?|pumps|valves)\b/.test(text))) && !/\b\d[\d,]* (?:iot|network|it) devices\b/.test(text);
  const ruleDevices =
    otDevicesOnly ||
    // "I've got a guide from 2023 that uses one and the screen says the other": a portal question counts nothing.
    (intent === 'portal_name' && (extraction.devices?.total ?? 2) <= 1) ||
    (intent === 'per_device_licensing' &&
    (/\bexample\b/.test(text) && !/\b(?:our|we have|we'?ve got)\b[^.?!]{0,30}\d/.test(text) ||
      (extraction.devices?.total ?? 2) <= 1 || (extraction.devices?.total === 100 && /\b(?:minimum|multiples?|packs?|blocks?|bundles?|increments?|nearest|round)\b/.test(text))));
  // "How many devices does each MDE P2 licence include? We have P2 for all 70 staff, no E5": the tenant's plan covers 0.
  const holdsNoE5 =
    ruleQuestion && extraction.licenceCountGiven && extraction.licences?.mdeP2 === true && e5Count(extraction.licences) === 0 && OWNERSHIP.test(text) && /\bno e5\b|\b(?:mde )?p2 only\b|\bonly (?:have |on )?(?:mde )?p2\b/.test(text);
  const keepLicences =
    intent === 'calculate' ||
    holdsNoE5 ||
    (intent === 'prerequisites' && holdsOnlyIneligiblePlan(text, extraction)) ||
    (extraction.licenceCountGiven &&
      (!ruleQuestion || statedHoldings) &&
      intent !== 'per_device_licensing' &&
      !(intent === 'cancel_legacy' && !extraction.licenceNumberGiven && !(extraction.devices !== null && /\b(?:mde )?p2 only\b|\bonly (?:have |on )?(?:mde )?p2\b/.test(text))));
  return {
    intent,
    devices: (ruleQuestion && !statedInventory) || ruleDevices ? null : extraction.devices,
    licences: keepLicences ? extraction.licences : null,
    problems: extraction.problems,
    whatIf,
    ...(extraction.licenceChange ? { licenceChange: extraction.licenceChange } : {}),
    ...(extraction.deviceChange !== undefined ? { deviceChange: extraction.deviceChange } : {}),
    bareNumber,
    reset: false,
    tooLong: false,
  };
}
