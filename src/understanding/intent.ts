// Which question is being asked. Keyword patterns over normalised (lower-case, typo-corrected) text,
// checked in priority order: the specific before the general.
import type { Intent } from '../answer/model';

const LIC = String.raw`(?:licen[cs]es?|licenses?|seats?)`;

/** Each rule: the intent and the patterns that signal it. All patterns are linear (no nested repeats). */
const RULES: { intent: Intent; patterns: RegExp[]; weak?: true }[] = [
  {
    intent: 'ot_out_of_scope',
    patterns: [
      /\bot\b(?!\s?(?:e5|licen))/,
      /\boperational technology\b/,
      /\bplcs?\b/,
      /\bscada\b/,
      /\bics\b/,
      /\b(?:industrial|factory|manufacturing|production line|shop floor|plant floor|ot network)\b/,
    ],
  },
  {
    intent: 'per_device_licensing',
    patterns: [
      /\bround(?:ed|ing)?(?: it| that| this| the (?:total|number|count))? up\b/,
      /\bround(?:ed|ing)? (?:to|up to|it to)\b/,
      /\bmultiples? of (?:a )?(?:100|hundred)\b/,
      /\b(?:blocks?|packs?|bundles?|batches|increments|units|lots|chunks) of (?:100|a hundred|hundred)\b/,
      /\b(?:in|by|per) (?:packs?|blocks?|bundles?|batches|increments)\b/,
      /\b(?:sold|bought|priced|licensed|purchased|billed|charged|come)\b[^.?!]{0,30}\bper[- ]device\b/,
      /\bper[- ]device\b[^.?!]{0,30}\b(?:or|vs|versus)\b/,
      /\bcommitted devices\b/,
      /\bmin(?:imum)?\.? (?:purchase|order|quantity|number|amount|buy|of \d+|licen)/,
      /\b(?:is there|any) (?:a )?min(?:imum)?\b/,
      /\b(?:exact|exactly)\b[^.?!]{0,30}\b(?:number|amount|quantity)\b[^.?!]{0,20}\b(?:buy|purchase|order)\b/,
      /\bbuy (?:exactly|just) (?:the )?(?:gap|what i need|the difference)\b/,
      /\b(?:is|are)\b[^.?!]{0,30}\bper[- ]device\b(?! licen| standalone)/,
      /\bone at a time\b|\bindividually\b|\bsingle licen[cs]es?\b|\bany (?:number|quantity|amount)\b/,
      /\b(?:sold|priced|billed|licensed) (?:per|by the) device\b|\bper-device (?:or|vs)\b/,
    ],
  },
  {
    intent: 'devices_per_licence',
    patterns: [
      /\bhow many (?:eiot |iot |enterprise iot )?devices (?:does|do|can|will|would|is|are)\b(?![^.?!]{0,40}\btrial)[^.?!]{0,40}\b(?:e5|licen[cs]e|licenses?|seats?|covered by|include|cover)/,
      /\bhow many (?:[a-z]+ ){0,3}devices (?:come with|do (?:i|we|you) get (?:with|per|for)|are included (?:with|in|per)|with each|per|for each|for every)\b/,
      /\bhow many (?:eiot |iot )?devices (?:per|for each|for every|for one|for a single|with one|with each) /,
      /\b(?:devices?|how many) (?:per|for each|for every) (?:m?e5|licen[cs]e|license|seat|user)\b/,
      /\b(?:each|every|one|a single|per|1) (?:m365 |microsoft 365 )?(?:m?e5|e5 security|e5 sec|standalone|licen[cs]e|license|seat|user)(?: licen[cs]e| license| seat| user)? (?:covers?|includes?|gives?|allows?|grants?|entitles?|is good for|is worth|=|equals)\b/,
      /\b(?:m?e5|e5 security)(?: licen[cs]e| license)? (?:covers?|includes?|entitles?|gives?) (?:how many|up to|\d)/,
      /\bwhat(?:'s| is| does)? (?:the )?(?:device )?(?:ratio|allowance|entitlement)\b/,
      /\b(?:ratio|allowance|entitlement)\b[^.?!]{0,30}\b(?:e5|licen[cs]e|license)/,
      /\bhow many (?:eiot |iot )?devices (?:are|is) (?:included|covered|allowed)\b(?![^.?!]{0,40}\d)/,
      /\b5 devices? (?:per|for each|for every|with each|each)\b/,
      /\bwhy (?:5|five)\b/,
      /\b(?:multiplier|conversion|rate|factor)\b[^.?!]{0,30}\b(?:e5|licen[cs]e|licenses?)/,
      /\b(?:e5|licen[cs]e|licenses?)\b[^.?!]{0,30}\b(?:multiplier|conversion rate)\b/,
    ],
  },
  {
    intent: 'pricing',
    patterns: [
      /\bhow much (?:does|do|is|are|will|would|for|per|money)\b/,
      /\bhow much\b[^.?!]{0,40}\bcost/,
      /\b(?:price|prices|pricing|priced|cost|costs|costing|expensive|cheap|budget|quote|msrp|list price|per month|per year|monthly fee)\b/,
      /[$€£]/,
      /\bwhat (?:does|do|will|would) (?:it|they|that|this|a licen[cs]e|a license|each|the licen[cs]es?|the licenses?) (?:cost|run)\b/,
    ],
  },
  {
    intent: 'portal_name',
    patterns: [
      /\brenam(?:e|ed|ing)\b/,
      /\bwhat(?:'s| is| does)? (?:the )?(?:microsoft )?(?:defender )?xdr\b/,
      /\bxdr\b[^.?!]{0,40}\b(?:same|renamed|called|new name|difference|different|vs|versus|replace)\b/,
      /\b(?:still|now|newly|being) called\b|\bcalled now\b|\bnew name\b|\bold name\b/,
      /\b(?:microsoft 365|m365|microsoft) defender\b[^.?!]{0,40}\b(?:anymore|gone|disappeared|same as|called)\b/,
      /\b(?:where|url|link|address|log ?in|sign ?in|login|open|reach|access)\b[^.?!]{0,40}\b(?:defender|security) (?:xdr |365 )?(?:portal|center|centre)\b(?:[^.?!]{0,5}[?.!]?)$/,
      /\b(?:defender|security) (?:xdr |365 )?portal\b[^.?!]{0,20}\b(?:url|link|address)\b/,
      /\bwhat (?:is|'s) (?:the )?(?:microsoft )?defender portal\b/,
      /\b(?:which|what) portal\b/,
      /\bwhere did (?:the )?(?:microsoft 365 |m365 |microsoft )?defender\b[^.?!]{0,20}\bgo\b/,
      /\b(?:url|link|address)\b[^.?!]{0,30}\b(?:defender|xdr)\b/,
      /\bsecurity\.microsoft\.com\b/,
    ],
  },
  {
    intent: 'prerequisites',
    patterns: [
      /\b(?:prerequisites?|pre-requisites?|requirements?|prereqs?|pre-?reqs?)\b/,
      /\b(?:roles?|permissions?|privileges|rbac|access level)\b/,
      /\bis (?:a |an )?(?:microsoft 365 |m365 )?(?:e5|me5|e5 security|mde p2|p2|defender for endpoint p2|azure subscription)(?: licen[cs]e| license)? (?:required|needed|necessary|mandatory)\b/,
      /\b(?:global|security) (?:admin|administrator)\b/,
      /\b(?:eligible|eligibility)\b/,
      /\bwho can\b/,
      /\b(?:does|do|is|are|will|would|can)\b[^.?!\d]{0,40}\b(?:e3|e1|f3|f1|a5|g5|a3|g3|p1|plan 1|business premium|defender for business|office 365 e5)\b[^.?!\d]{0,30}\b(?:include|includes|cover|covers|support|supports|work|enough|qualify|count|give|come with|entitle|eligible|use|get|have|allow)\b/,
      /\b(?:e3|e1|f3|p1|business premium|defender for business)\b[^.?!\d]{0,30}\b(?:include|includes|cover|covers|support|supports|enough|qualify|eligible|use|get)\b/,
    ],
  },
  {
    intent: 'cancel_legacy',
    patterns: [
      /\bcancel\b(?![^.?!]{0,30}\btrial)/,
      /\blegacy (?:plan|enterprise iot|eiot|subscription|licen)/,
      /\b(?:unsubscribe|terminate|end|stop paying for|get rid of|discontinue)\b[^.?!]{0,30}\b(?:plan|subscription)\b/,
      /\bold (?:enterprise iot |eiot |iot )?plan\b/,
      /\bcancel plan\b/,
    ],
  },
  {
    intent: 'trial',
    patterns: [
      /\btrials?\b/,
      /\b(?:try|test|evaluate|pilot|poc|proof of concept)\b[^.?!]{0,30}\b(?:eiot|enterprise iot|it|before|out|for free|first|defender for iot)\b/,
      /\bfor free\b/,
      /\bfree (?:version|tier|period|test|evaluation)\b/,
      /\btry (?:it|eiot|before)\b/,
      /\bevaluation\b/,
    ],
  },
  {
    intent: 'turn_off',
    patterns: [
      /\b(?:turn|switch|shut|toggle|switched|turned)(?:ing)? (?:it |this |that |eiot |enterprise iot |iot |monitoring )?off\b/,
      /\b(?:disable|deactivate|opt out|stop monitoring|stop eiot|pause)\b/,
      /\b(?:disabling|deactivating|disabled)\b/,
      /\bstop (?:using|the) (?:eiot|enterprise iot|iot|service|monitoring)\b/,
      /\bstop\b[^.?!]{0,25}\bmonitoring\b/,
      /\b(?:turn|switch) of\b(?! the| my| our| a\b)/,
      /\bno longer (?:want|need|use)\b/,
      /\bdon'?t (?:want|need) (?:eiot|enterprise iot|iot monitoring|it) any ?more\b/,
    ],
  },
  {
    intent: 'turn_on',
    patterns: [
      /\b(?:turn|switch|toggle|switched|turned)(?:ing)? (?:it |this |that |eiot |enterprise iot |iot |monitoring |support )?on\b/,
      /\b(?:enable|enabling|activate|activating|onboard|onboarding|enabled|activated)\b/,
      /\b(?:set ?up|setup|configure|get started|getting started|start monitoring|start using|begin monitoring)\b/,
      /\bwhere(?: is| do i find| can i find)? (?:the )?(?:eiot |enterprise iot )?toggle\b/,
      /\b(?:flip|set|toggle|put)\b[^.?!]{0,30}\b(?:to )?on\b(?! (?:the|my|our|a)\b)/,
    ],
  },
  {
    intent: 'prerequisites',
    patterns: [
      /\b(?:prerequisites?|pre-requisites?|requirements?|prereqs?)\b/,
      /\b(?:roles?|permissions?|rights|privileges|rbac|access level)\b/,
      /\b(?:global|security) (?:admin|administrator)\b/,
      /\bazure subscription\b/,
      /\b(?:eligible|eligibility|qualif(?:y|ies))\b/,
      /\bwhich (?:licen[cs]es?|licenses?|plans?|skus?|subscriptions?) (?:do|does|are|is|will|would|include|support|give|cover|qualify)\b/,
      /\bwhat (?:licen[cs]es?|licenses?|plans?|skus?|subscriptions?) (?:do (?:i|we|you) need|are (?:needed|required|supported|eligible)|include|support|give|qualify)\b/,
      /\b(?:does|do|is|are|will|would|can) (?:m365 |microsoft 365 |office 365 |o365 )?(?:e3|e1|f3|a5|g5|mde p1|p1|plan 1|business premium|defender for business|e5 security|e5|me5|mde p2|p2)(?: licen[cs]es?| licenses?)? (?:include|includes|cover|covers|support|supports|work|enough|qualify|count|give|come with|entitle|eligible|have|also)\b/,
      /\bwhat do (?:i|we) need (?:to|before|in order)\b/,
      /\bdo (?:i|we) need (?:e5|me5|mde|defender for endpoint|an? azure|global|a subscription|p2)\b/,
      /\bis (?:e5|me5|mde p2|p2) (?:required|needed|necessary|mandatory)\b/,
      /\bwho can\b/,
    ],
  },
  {
    intent: 'calculate',
    patterns: [
      /\bhow many (?:[a-z-]+ ){0,5}?(?:licen[cs]es?|licenses?|seats?|lics?)\b(?! (?:do|does) (?:the|a|each) trial)/,
      /\b(?:the )?number of (?:[a-z-]+ ){0,3}?(?:licen[cs]es?|licenses?)\b[^.?!]{0,30}\b(?:need|buy|purchase|order|require)/,
      /\bwhat do (?:i|we) need to (?:buy|purchase|order|get)\b/,
      /\bdo (?:i|we|they) need to (?:buy|purchase|order|get) (?:more |extra |additional |any )?(?:standalone |eiot |add-?on )?(?:licen[cs]es?|licenses?)\b/,
    ],
  },
  {
    intent: 'purchase',
    patterns: [
      /\bhow (?:do|can|should|would) (?:i|we) by\b/,
      /\b(?:buy|buying|purchase|purchasing|purchased|order|ordering|procure|procuring|acquire|acquiring|checkout|check out)\b/,
      /\b(?:add|get|obtain)(?: more| additional| extra| the| some)? (?:standalone |eiot |add-?on |per-device |device |eiot device )?(?:licen[cs]es?|licenses?|seats?)\b/,
      /\bmarketplace\b/,
      /\bpurchase services\b/,
      /\bwhere (?:can|do) (?:i|we) (?:get|find) (?:the )?(?:standalone |eiot )?(?:licen[cs]es?|licenses?)\b/,
    ],
  },
  {
    intent: 'count_devices',
    patterns: [
      /\bhow (?:do|can|should|would) (?:i|we|you) (?:count|calculate the number|find|see|check|know|determine|work out|figure out)\b[^.?!]{0,40}\b(?:devices?|how many|number|inventory|count)\b/,
      /\bhow to (?:count|find|see|check|determine|get)\b[^.?!]{0,30}\b(?:devices?|number|count|inventory)\b/,
      /\b(?:count|counting)(?: the| my| our| all)? (?:devices?|inventory)\b/,
      /\bwhere (?:do|can|should) (?:i|we) (?:find|see|get|look|check)\b/,
      /\bwhich devices\b/,
      /\bwhat (?:devices|counts|kind of devices|types? of devices)\b/,
      /\b(?:are|do|does|is|will|would) (?:[a-z0-9&']+ ){0,12}(?:counted|count|included|billed|excluded|charged|part of)\b/,
      /\b(?:inactive|offline|dormant|idle|stale|multicast|broadcast|public ip|internet ip|no (?:network )?activity)\b/,
      /\bhow many devices (?:do|have) (?:i|we)\b/,
      /\bwhat (?:is|counts as|qualifies as) an? (?:eiot |iot |enterprise iot )?device\b/,
    ],
  },
  {
    intent: 'count_devices',
    weak: true,
    patterns: [
      /\b(?:device inventory|devices tab|device count|number of devices|iot devices tab|network devices tab|computers (?:&|and) mobile)\b/,
    ],
  },
  {
    intent: 'calculate',
    patterns: [
      new RegExp(String.raw`\bhow many (?:more |additional |extra |standalone |eiot |add-?on |per-device )*(?:${LIC}|do (?:i|we) need)\b`),
      /\b(?:calculate|calculator|calculation|compute|estimate|work out|figure out)\b/,
      /\b(?:gap|shortfall|short by|am i covered|are we covered|covered\?|enough licen|enough licenses|enough e5)\b/,
      /\bdo (?:i|we) (?:need|have) (?:enough|more|additional|extra)\b/,
      /\bwhat if\b/,
      new RegExp(String.raw`\b(?:need|require) (?:more |additional |extra |standalone )*${LIC}\b`),
    ],
  },
  {
    intent: 'help',
    patterns: [
      /^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|greetings|hallo|hola|sup)\b/,
      /^(?:help|\?|menu|commands|start|about|info|usage)[.!?]?$/,
      /\bwhat (?:can|do) you (?:do|help|know|answer)\b/,
      /\bwho are you\b/,
      /\bhow (?:does|do) (?:this|you|it)(?: bot| thing| tool| chat)? work\b/,
      /\b(?:what|wat|wht) (?:can|do) (?:you|u) do\b/,
      /\bwhat (?:are|is) (?:you|this bot)\b/,
      /^(?:thanks|thank you|thx|ty|cheers|great|ok|okay|cool|awesome|perfect|got it|much appreciated|appreciated|bye|goodbye|see you|later|morning|good day)\b/,
      /^(?:morning|afternoon|evening)(?: all| everyone| team)?[.!]?$/,
      /\bwhat (?:questions|topics|things|kind of questions|sort of questions) (?:can|do|should|could) (?:i|you|we)\b/,
      /\bhow (?:do|can|should) (?:i|we) use (?:you|this|this bot|the bot)\b/,
      /\bwhat (?:can|does|do) (?:this|the) (?:bot|tool|assistant|app) (?:do|answer|help|know|cover)\b/,
      /\bwhat (?:topics|areas|questions) do you (?:cover|know|answer|handle)\b/,
      /\bhelp\b/,
    ],
  },
];

/** Topic words that show a message is about eIoT licensing at all. */
const ON_TOPIC =
  /\b(?:eiot|iot|defender|licen[cs]es?|devices?|e5|me5|mde|endpoint|standalone|trial|inventory|seats?|xdr)\b/;

/** Other products and errands: with no eIoT words, such a message is off-topic whatever its verbs. */
const OTHER_TOPIC =
  /\b(?:intune|sentinel|purview|exchange|sharepoint|outlook|onedrive|entra|azure ad|copilot|power bi|dynamics|windows \d+|visio|project online|mfa|multi-factor|conditional access|cloud apps|iot hub|iot central|azure vm|virtual machines?|d\d+s? v\d|temperature sensors?|pizza|lunch|dinner|weather|joke|vacation|holiday|flight|hotel|taxi|recipe|song|movie|football|payroll)\b|\bbest\b[^.?!]{0,40}\bto buy\b/;

/** Words only an eIoT question uses (unlike "licence", which any product has). */
const ELIOT_WORDS =
  /\b(?:eiot|enterprise iot|defender for iot|iot devices?|e5|me5|mde p2|standalone|trial|xdr|device inventory|device licen[cs]es?)\b/;

export interface IntentSignals {
  /** Intents whose patterns matched, in priority order. */
  matched: Intent[];
  /** Intents matched only by weak cues (a topic word), which figures in the message outrank. */
  weak: Set<Intent>;
  onTopic: boolean;
  /** About another product or errand, with no eIoT word at all. */
  offTopic: boolean;
}

export function intentSignals(text: string): IntentSignals {
  const matched: Intent[] = [];
  const strong = new Set<Intent>();
  for (const rule of RULES) {
    if (!rule.patterns.some((p) => p.test(text))) continue;
    if (!matched.includes(rule.intent)) matched.push(rule.intent);
    if (!rule.weak) strong.add(rule.intent);
  }
  const weak = new Set(matched.filter((i) => !strong.has(i)));
  if (OTHER_TOPIC.test(text) && !ELIOT_WORDS.test(text)) {
    return { matched: [], weak: new Set(), onTopic: false, offTopic: true };
  }
  return { matched, weak, onTopic: ON_TOPIC.test(text), offTopic: false };
}

/** Intents that are procedures or short facts (answered without figures). */
export const PROCEDURE_OR_FACT: ReadonlySet<Intent> = new Set<Intent>([
  'ot_out_of_scope',
  'per_device_licensing',
  'devices_per_licence',
  'pricing',
  'portal_name',
  'cancel_legacy',
  'turn_off',
  'turn_on',
  'trial',
  'prerequisites',
  'purchase',
  'count_devices',
]);
