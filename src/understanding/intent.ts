// Which question is being asked. Keyword patterns over normalised (lower-case, typo-corrected) text,
// checked in priority order: the specific before the general.
import type { Intent } from '../answer/model';
import { gated } from './literalGate';

const LIC = String.raw`(?:licen[cs]es?|licenses?|seats?)`;

/** A cue: a pattern, or several that must all match ("each E5" and "how many devices", in any order). */
interface Cue {
  test(text: string): boolean;
}
/** Every intent pattern, for the test that checks no gate ever skips a pattern that would match. */
export const INTENT_PATTERNS: RegExp[] = [];
const all = (...patterns: RegExp[]): Cue => {
  INTENT_PATTERNS.push(...patterns);
  const gates = patterns.map(gated);
  return { test: (text) => gates.every((p) => p.test(text)) };
};

/** Each rule: the intent and the cues that signal it. All patterns are linear (no nested repeats). */
/** "is it the Azure portal, the admin center or the Defender portal?": which portal, among the ones named. */
export const PORTAL_CHOICE = /\bis it the (?:azure portal|microsoft 365 admin cent(?:er|re)|m365 admin cent(?:er|re)|defender portal)\b[^.?!]{0,60}\bor the\b|\b(?:do|should|must) (?:i|we) (?:work|go|log ?in|sign in|manage (?:it|this|eiot|enterprise iot)|set (?:it|this) up) in the (?:azure|defender|microsoft 365|m365) (?:portal|admin cent(?:er|re)) or (?:in )?the (?:azure|defender|microsoft 365|m365) (?:portal|admin cent(?:er|re))\b/;
/** "must I also add the servers in the count?": whether a kind of device counts. */
/** "do the dead ones (no traffic for 6 weeks) count?": whether devices not seen lately count. */
export const QUIET_ONES_COUNT = /\bdo (?:the|those|these) (?:ones |devices )?(?:inactive|offline|stale|dormant|dead|unused|old)(?: ones| devices)?\b[^.?!]{0,40}\bcount\b/;
export const ADD_TO_THE_COUNT = /\b(?:must|should|do|need) (?:i|we) (?:also )?(?:to )?(?:add|include|count) (?:the |our )?[a-z][a-z ]{1,30}? (?:in|into|to) (?:the )?(?:count|total|number)\b/;

const RULE_LIST: { intent: Intent; patterns: Cue[]; weak?: true }[] = [
  {
    intent: 'help',
    patterns: [
      // Thanks and goodbyes, when nothing else is asked.
      /^(?:thanks|thank you|thank u|thanx|thx|tnx|ty|ta|cheers|many thanks|much appreciated|appreciated|appreciate it|bye|goodbye|bye bye|see you|see ya|cya|later|take care|gracias|merci|danke|great,? thanks|ok,? thanks|perfect,? thanks)\b(?![^?]*\?)/,
      /^(?:that was|this was|that's|thats) (?:very |really |super )?(?:helpful|useful|great|perfect)\b/,
      /\bwhat (?:can|could) you (?:do|help(?: me)?(?: with)?)\b(?![^.?!]{0,10}\b(?:licen|e5|devices?))/,
      /\bwhat (?:kinds?|sorts?|types?) of (?:questions|things) (?:can|should|could|do) (?:i|this bot|the bot|you)\b/,
      /\bgoodbye\b|\bthat'?s all(?: for (?:now|today))?\b/,
    ],
  },
  {
    intent: 'ot_out_of_scope',
    patterns: [
      // ("our last OT supplier charged per site": another product's supplier, brought up for comparison.)
      /\bot\b(?! (?:supplier|vendor|provider|contract)s?\b)/,
      /\boperational technology\b/,
      /\bproduction (?:network|floor|environment|lines?)\b|\b(?:defender for iot|mdiot|d4iot) sensors?\b/,
      /\b(?:plcs?|scada|ics|(?<!\bthe )dcs|hmis?|rtus?|historians?|modbus|profinet|opc ua)\b/,
      /\b(?:water treatment|utilit(?:y|ies)|industrial|factory|factories|manufacturing|production lines?|shop floor|plant floor|ot network|signalling|signaling|trackside|interlocking|refinery|refineries|assembly lines?|robots?|robotic|oil rigs?|pipelines?|substations?)\b/,
    ],
  },
  {
    intent: 'pricing',
    patterns: [
      /\b(?:extra|monthly|annual|yearly|additional) charge\b|\b(?:is it|is eiot|is enterprise iot) free with (?:m365 |microsoft 365 )?e5\b|\bcharged? (?:extra|separately)\b/,
      /[$€£]/,
      /\bhow much (?:does|do|is|are|will|would|for|per|money)\b/,
      /\bhow much\b[^.?!]{0,30}\b(?:charges?|charging)\b/,
      /\bhow much\b[^.?!]{0,40}\bcost/,
      /\bset (?:us|me) back\b|\bcost the same\b/,
      /\b(?:price|cost)s? (?:per|for each|of a|of one) (?:device|licen[cs]e|license)\b/,
      // "how much eIoT licenses our hospital must to purchase?" asks how many (non-native English), not the price.
      /\bhow much\b[^.?!]{0,20}\b(?:eiot|lics?|licen[cs]es?|licenses?|add-?ons?|standalone)\b(?![^.?!]{0,40}\bmust (?:to )?(?:buy|purchase|order|get)\b)/,
      /\bcheaper\b|\b(?:more|how|less) expensive\b|\bdiscounts?\b|\bfees?\b/,
      /\bhow many (?:euros?|dollars?|pounds?|usd|eur|gbp|bucks|francs?|rupees?)\b/,
      /\b(?:cuánto|cuanto) cuesta\b|\bcombien (?:coûte|coute|ça coûte|ca coute)\b|\bquel est le prix\b|\bwas kostet\b/,
      /\bwhat (?:does|do|will|would) (?:microsoft|ms|they|it) charge\b/,
      /\bwhat (?:we'?d|we would|would we|we'?ll|we will|will we|do we|we) (?:have to |need to )?pay\b/,
    ],
  },
  {
    intent: 'cancel_legacy',
    patterns: [
      /(?<!\btrial\b[^.?!]{0,30})\b(?:cancel|cancell?ation|cancell?ing)\b(?![^.?!]{0,30}\btrial)/,
      /\blegacy\b[^.?!]{0,20}\b(?:plan|enterprise iot|eiot|subscription|licen|iot|contract)/,
      /\b(?:unsubscribe|terminate|end|ending|stop paying for|get rid of|discontinue|drop|dropping|exit|moving off|move off|leave|leaving|want out|get out of|out of)\b[^.?!]{0,60}\b(?:plan|subscription|contract|commitment)\b/,
      /\b(?:plan|subscription|contract|commitment)\b[^.?!]{0,40}\b(?:ended|cancell?ed|terminated|gone|removed|stopped|end it|want out|get rid of it)\b/,
      /\bold\b[^.?!]{0,30}\b(?:plan|subscription|contract)\b/,
      /\bpre-?(?:year|2023|nov(?:ember)? 2023)\b|\bbefore per-device\b/,
      /\bcommitted devices\b[^.?!]{0,80}\b(?:don'?t need|no longer|end|stop|out|cancel|anymore|any more|what do i do)\b/,
      /\bcancel plan\b/,
      /\bunsubscribe\b/,
      all(/\blegacy\b/, /\b(?:cancel|end|stop|drop|terminate|unsubscribe|get rid|out)\b/),
      all(/\b(?:plan|subscription|contract|commitment)\b/, /\b(?:end it|end (?:this|that|our|the)\b(?! of)|terminate it|cancel it|stop paying)/),
    ],
  },
  {
    intent: 'per_device_licensing',
    patterns: [
      /\bround(?:s|ed|ing)?(?: it| that| this| the (?:total|number|count))? up\b/,
      /\bper[- ]device licen[cs]ing\b(?![^.?!]{0,40}\bhow many\b)/,
      /(?<!\b(?:intune|windows|office|teams|copilot|e3)\b[^.?!]{0,20})(?:\bper (?:user|seat|person) or per device\b|\bper device or per (?:user|seat|person)\b)/,
      /\bcommitted[- ]devices?\b[^.?!]{0,40}\bper[- ]device\b|\bper[- ]device\b[^.?!]{0,40}\bcommitted[- ]devices?\b|\b(?:bundle|pack|block|minimum order|minimum purchase) (?:size|quantity)\b|\bminimum (?:purchase|order)\b|\bjust a handful\b/,
      /\b(?:an? )?exact (?:number|quantity|amount) of (?:device |eiot |standalone )?(?:licen[cs]es|licenses)\b/,
      /\bper[- ](?:bundle|block|pack)\b/,
      /\bsold (?:per|for each|for every|by the|by) device\b/,
      /\bis there (?:like |some )?a minimum\b(?! (?:role|licen[cs]e (?:type|plan)|plan|subscription))|\bminimum (?:number|quantity|amount) of (?:eiot |standalone |device )?(?:licen[cs]es|licenses)\b/,
      /\blicen[cs]ing unit\b|\bunit of licen[cs]ing\b|\bunit (?:of|for) (?:the )?(?:eiot |standalone )*licen[cs]es?\b/,
      /\ba (?:licen[cs]e|license) (?:per|for each|for every) device\s?\?/,
      /\bcommit(?:ted)? to (?:a (?:fixed )?number of|a set number of|a count of) devices\b/,
      /\bwhole pack\b|\bor a pack\b(?!\?)|\bor a block\b(?! of devices)|(?<!\bcovers? (?:one|1|a single) device )\bor a (?:bundle|block of devices)\b|\bat a time\b|\bper[- ]100\b|\bcommitted devices? model\b|\b(?:a single|one) device licen[cs]e\b/,
      /\bround(?:ed|ing)? (?:to|up to|it to)\b/,
      /\bround(?:ed|ing)?\b[^.?!]{0,25}\bup to\b/,
      /\bmultiples? of (?:a )?(?:100|hundred)\b/,
      /\b(?:blocks?|packs?|bundles?|batches|increments|units|lots|chunks) of (?:100|a hundred|hundred)\b/,
      /\bhave to be (?:in )?(?:hundreds|multiples of (?:100|a hundred))\b|\bbuy exactly the number\b/,
      /\b(?:in|by|per) (?:packs?|blocks?|bundles?|batches|increments)\b/,
      /\b(?:100|hundred)[- ]devices? (?:increments?|blocks?|packs?|bundles?|units?|lots?|chunks?)\b/,
      /\b(?:100|hundred)[- ]?(?:packs?|blocks?|bundles?)\b|\bsingle device licen/,
      /\b(?:sold|bought|priced|licensed|purchased|billed|charged|come)\b[^.?!]{0,30}\bper[- ]device\b/,
      /\b(?:do|can|must|should) (?:we|i|you) (?:buy|purchase) (?:standalone |eiot |the )*(?:licen[cs]es|licenses|them) per[- ]device\??$/,
      /\bper[- ]device\b[^.?!]{0,30}\b(?:or|vs|versus)\b/,
      /\bper devices? sold\b|\bsold per devices?\b/,
      /\bcommitted devices\b/,
      /\bmin(?:imum)?\.? (?:purchase|order|quantity|qty|number|amount|buy|of \d+|licen|is \d+|\d+)/,
      /\b(?:buy|purchase|order) exactly \d+\b|\bcommitted device blocks?\b|\bsold as\b[^.?!]{0,25}\bblocks?\b|\brounding\b|\bsold per dev\b|\bbuffer\b|\blicen[cs]e exactly\b|\bexactly what (?:i|we) have\b|\bsold by (?:device|unit)\b|\bpackages? of (?:100|hundred)\b/,
      /\b(?:is there|any) (?:a )?min(?:imum)?\b/,
      /\bone per device\b/,
      /\blicensing model\b|\blicen[cs]ed per user\b[^.?!]{0,20}\bor per (?:monitored |protected )?device\b/,
      /\b(?:have to|must (?:i|we)|need to|should (?:i|we)) (?:buy|purchase|order) (?:\d{1,3},)?\d*00\b\s?\??$/,
      /\b(?:exact|exactly)\b[^.?!]{0,30}\b(?:number|amount|quantity)\b[^.?!]{0,20}\b(?:buy|purchase|order)\b/,
      /\bbuy (?:exactly|just) (?:the )?(?:gap|what i need|the difference)\b/,
      /\b(?:is|are)\b[^.?!]{0,30}\bper[- ]device\b(?! licen| standalone)/,
      /\bone at a time\b|\bindividually\b|\bsingle licen[cs]es?\b|\bany (?:number|quantity|amount)\b|\bodd number\b/,
      /\b(?:sold|priced|billed|licensed) (?:per|by the) device\b|\bper-device (?:or|vs)\b/,
      /(?<!\bhow many (?:[a-z]+ ){0,3}devices (?:does|do|would|will|can) )\b(?:a single|one single|just one|only one) (?:eiot |standalone |enterprise iot )?licen|\bjust (?:\d+|one|a few) (?:eiot |standalone |enterprise iot )?licen|\bin hundreds\b|\bone by one\b|\bsmallest (?:number|quantity|amount|order)\b|\bper hundred\b|\bmoq\b|\bper single device\b|\bfewer than (?:100|a hundred)\b/,
    ],
  },
  {
    intent: 'pricing',
    patterns: [
      /\b(?:price|prices|pricing|cost|costs|costing|expensive|cheap|quote|msrp|list price|per month|per year|monthly fee|afford|discounts?)\b/,
      /\bwhat (?:does|do|will|would) (?:it|they|that|this|a licen[cs]e|a license|each|the licen[cs]es?|the licenses?) (?:cost|run)\b/,
    ],
  },
  {
    intent: 'purchase',
    patterns: [
      /\b(?<!auto-?)(?:convert|switch|move)\b[^.?!]{0,20}\bpaid\b/,
      /\bhow (?:do|can) (?:i|we) add (?:more |extra |additional )?(?:per-device |standalone |eiot |device )*(?:licen[cs]es|licenses)\b/,
      /\b(?:who|which role|what role)\b[^.?!]{0,30}\b(?:place|make|submit|raise) the order\b|\bhow do (?:i|we) go about (?:buying|purchasing|ordering)\b/,
      /\bafter (?:the|our) trial\b[^.?!]{0,80}\b(?:buy|purchase|paid|order)\b/,
      all(/\btrial\b[^.?!]{0,30}\b(?:ends|expires|is ending|runs out|is over)\b/, /\b(?:buy|purchase|order)(?:ing)? (?:the |our |some )?licen/),
      /\bwho (?:in [a-z]+ )?(?:buys|orders|purchases|procures)\b/,
      // After buying: "how long until devices show as covered?", "where do I check they were applied?"
      /\b(?:bought|purchased|ordered)\b[^.?!]{0,50}\b(?:how long|when will|until|where do i check|applied|show up|kick in)\b/,
      /\bhow (?:do|can) (?:we|i) get (?:them|those|the (?:standalone )?licen)|\bready to (?:purchase|buy|order)\b|\bwhen buying\b|\bwhere do i enter\b|\bbought in (?:the )?(?:microsoft 365 )?admin\b|\badmin cent(?:er|re) or\b/,
      /\bsteps?\b[^.?!]{0,20}\b(?:buy|buying|purchase|purchasing|order)\b|\b(?:buy|purchase|order)\b[^.?!]{0,40}\bsteps?\b(?! (?:of|to) (?:count|calculate))/,
      /\bwhere (?:in|on|at) (?:the )?(?:m365 |microsoft 365 )?admin cent(?:er|re)\b[^.?!]{0,20}\b(?:buy|purchase|order)\b/,
      /\bpurchase services\b[^.?!]{0,60}\b(?:where else|doesn'?t show|greyed|grayed|missing|not visible|not showing)\b|\bwhere else can (?:i|we) (?:get|buy|order)\b/,
      /\bclick ?path\b[^.?!]{0,30}\b(?:buy|purchase|order)\b|\b(?:buy|purchase|order)\b[^.?!]{0,30}\bclick ?path\b/,
      /\bwhere (?:exactly )?(?:do|can|should) (?:i|we) (?:buy|purchase|order)\b|\b(?:steps|procedure|process|how) to (?:purchase|buy|order)\b|\bhow (?:do|can|should) (?:i|we) (?:purchase|buy|order)\b/,
    ],
  },
  {
    intent: 'calculate',
    patterns: [
      /\bhow many (?:more |additional |extra |standalone |eiot |add-?on |per-device |device )*(?:licen[cs]es?|licenses?|lics?)\b(?! (?:do|does|per|for each|each))/,
      /\bhow many (?:more )?(?:does|do|should|must|will|would) (?:customer )?[a-z]+ (?:need to |have to )?(?:buy|purchase|order)\b/,
      /\bhelp (?:me |us )?(?:working out|work out|figuring out|figure out|calculating|calculate|sizing|size) (?:the |our |my )?(?:eiot |enterprise iot |defender for iot |iot )?licen[cs]\w*/,
      /\band (?:will|would|do) (?:we|i) need (?:more|any more|extra|additional)(?: licen[cs]es| licenses)?\s?\?/,
      /\bhow much (?:eiot |standalone )?(?:licen[cs]es|licenses) (?:(?:our|my|the) [a-z]+|we|i|they) (?:must|need|should|have)\b/,
      /\bcalculate (?:our|my|the|their) (?:[a-z-]+ ){0,3}(?:licen[cs]e|license) (?:requirements?|needs?|count|gap)\b|\b(?:our|my|the) (?:licen[cs]e|license) (?:requirements?|needs?)\b[^.?!]{0,40}\b(?:work (?:it|that|this) out|figure (?:it|that|this) out|calculate (?:it|that|this))\b|\bwhat should (?:we|i) (?:buy|purchase|order)\b|\bwhat'?s the number (?:to|we need to|i need to) (?:buy|order|purchase)\b|\bhow many devices do (?:i|we) (?:still )?need to licen[cs]e\b/,
    ],
  },
  {
    intent: 'devices_per_licence',
    patterns: [
      /\b(?:licen[cs]e|license|lic) is for (?:1|one|a single) device or (?:for )?(?:more|several|many)\b/,
      /\bhow many (?:iot )?devices does each of (?:those|these|them|our|the)(?: [a-z0-9 ]{0,20})? cover\b/,
      /\bcome with (?:any |an |some )?(?:iot |eiot )?device allowance\b/,
      /\bhow many devices? (?:does |do |will )?(?:a|one|each|1) (?:standalone |eiot |add-?on |enterprise iot )*licen[cs]e cover\b/,
      /\bhow many devices (?:is|does) that (?:cover |give (?:us |me )?|come to |mean )?(?:for (?:eiot|enterprise iot|iot)|in (?:eiot|enterprise iot|iot))?\s?\?/,
      /\b(?:is|cover|covers) (?:that |it )?(?:1|one|a single) device,? or a (?:pack|bundle|block)\?/,
      /\bratio of (?:eiot |iot |enterprise iot )?devices (?:to|per) (?:licen[cs]es?|licenses?|seats?|e5)\b/,
      /\b(?:quantity|number|amount|count) of (?:eiot |iot )?devices (?:per|for|in|by|with) (?:one|1|a|each|a single) (?:licen[cs]e|license|e5|seat)\b/,
      /\bhow many (?:devices|gadgets|things|iot devices) (?:does|do|will|would) (?:that|one|each|a single)(?: one| licen[cs]e| license)? cover\b/,
      /\b\d[\d,]* (?:m?e5|e5 security)(?: licen[cs]es| licenses)? (?:would|will|could|can) cover how many (?:iot )?devices\b/,
      /\bhow many (?:iot )?devices (?:is|are) (?:each|one) (?:of (?:those|them|these) )?(?:worth|good for)\b/,
      /\bthe allowance per (?:m365 |microsoft 365 )?(?:m?e5|e5 security)\b/,
      /\bhow many (?:extra |more |additional )?(?:iot )?devices (?:it|they|that|those|these) (?:will|would|can|could) cover\b|\bhow many (?:extra |more |additional )?(?:iot )?devices (?:will|would|can|could) (?:it|they|that|those|these) cover\b/,
      /\bit is for (?:1|one|a single) device or (?:for )?(?:more|several|many)\b/,
      /\b(?:mde p2|p2|e5|e3|e5 security)(?: licen[cs]e| license)? (?:include|includes|cover|covers|give|gives) (?:some|any) (?:iot )?devices\b/,
      /\bsame (?:number|amount|count) of (?:[a-z]+ ){0,2}devices\b[^.?!]{0,15}\bas\b/,
      /\bis it (?:1|one) device per (?:standalone |eiot |add-?on )*(?:licen[cs]e|license)\b/,
      /\b(?:licen[cs]e|license)\s?(?:=|equals|is for) (?:1|one) device or (?:more|several|many)\b/,
      /\bcoverage (?:per|for each|for every|with each|of (?:a|one|each)) (?:m365 |microsoft 365 )?(?:m?e5|e5 security|licen[cs]e|license|seat)(?: seat| licen[cs]e| license)?\b/,
      /(?<!\btrial\b[^.?!]{0,60}|\btrial\b[^.?!]{0,40}\?\s?(?:and|also|plus)\s)\bhow many (?:eiot |iot |enterprise iot )?devices (?:does|do|can|will|would|is|are)\b(?![^.?!]{0,40}\btrial)[^.?!]{0,40}\b(?:e5|licen[cs]e|licenses?|seats?|covered by|include|cover|entitle)/,
      /\bhow many (?:[a-z]+ ){0,3}devices (?:come with|come free with|do (?:i|we|you) get (?:with|per|for)|are included (?:with|in|per)|with each|per|for each|for every)\b/,
      /(?<!\btrial\b[^.?!]{0,60}|\btrial\b[^.?!]{0,40}\?\s?(?:and|also|plus)\s)\bhow many (?:extra |more |additional )?(?:[a-z]+ ){0,2}devices (?:does|do|would|will) (?:that|it|this|each|one|a|an)\b[^.?!]{0,20}\b(?:cover|add|give|include|unlock)/,
      /\bhow many (?:eiot |iot )?devices (?:per|for each|for every|for one|for a single|with one|with each) /,
      /\b(?:m?e5|e5 security|licen[cs]e|license)\b[^.?!]{0,20}\bhow many (?:iot )?devices (?:include|included|cover|covered|give)\b|\bhow many devices (?:is|are) (?:that|it|this|one|each)(?: one)? good for\b/,
      /\bif (?:i|we) (?:had|have|bought|buy|got) \d[\d,]* [^.?!]{0,30}\bhow many (?:eiot |iot )?devices (?:could|can|would) (?:i|we)\b/,
      /\b(?:devices?|how many) (?:per|for each|for every) (?:m?e5|licen[cs]e|license|seat|user)\b/,
      /\bper (?:m?e5|licen[cs]e|license|seat|user)\b[^.?!]{0,25}\bhow many\b/,
      /\b(?:each|every|one|a single|per|1) (?:m365 |microsoft 365 )?(?:m?e5|e5 security|e5 sec|standalone|licen[cs]e|license|seat|user)(?: user| seat)?(?: licen[cs]e| license| seat| user)? (?:(?:covers?|includes?|gives?|allows?|grants?|entitles?|unlocks?|enables?|buys?|is good for|is worth|equals)\b|=)/,
      /\b(?:also )?(?:include|includes|cover|covers|give|gives) (?:5|five) (?:iot |eiot )?devices?\b/,
      /\bdoes (?:one|1|a|an|each|a single) (?:standalone |eiot |enterprise iot |add-?on )+(?:licen[cs]e|lic) (?:cover|protect|monitor) (?:one|1|a single|only one|just one) device\b/,
      /\b(?:m?e5|e5 security)(?: licen[cs]e| license| user| seat)? (?:covers?|includes?|entitles?|gives?|unlocks?|enables?) (?:how many|up to)/,
      /\bwhat(?:'s| is| does)? (?:the )?(?:device |iot device )?(?:ratio|allowance|entitlement|quota)\b/,
      /\b(?:ratio|quota)\b[^.?!]{0,30}\b(?:m?e5|licen[cs]e|license)/,
      /\bwhat(?:'s| is)\b[^.?!]{0,20}\b(?:allowance|entitlement)\b/,
      /\b(?:allocation|allotment)\b[^.?!]{0,25}\b(?:per|each|for each)\b|\b(?:per|each) (?:m?e5|licen[cs]e|license)\b[^.?!]{0,40}\bstill (?:5|five)\b/,
      /\b(?:device )?(?:allowance|entitlement)\b[^.?!]{0,40}\b(?:e5|me5|licen[cs]e|license|seat)\b/,
      /\b(?:e5|licen[cs]e|license)\b[^.?!]{0,20}\b(?:ratio|quota|multiplier)\b/,
      /\bhow many (?:eiot |iot )?devices (?:are|is) (?:included|covered|allowed)\b(?![^.?!]{0,40}\d)(?![^.?!]{0,30}\btrial)/,
      /\b(?:mde p2|p2|m?e5|e5 security|licen[cs]e)\b[^.?!]{0,15}\b(?:gives?|includes?|covers?) how many\b/,
      /\b5 devices? (?:per|for each|for every|with each|each)\b/,
      /\bwhy (?:5|five)\b/,
      /\b(?:multiplier|conversion|rate|factor)\b[^.?!]{0,30}\b(?:e5|licen[cs]e|licenses?)/,
      /\b(?:does|do) (?:an? |the )?(?:m365 |microsoft 365 )?(?:mde p2|p2|defender for endpoint(?: p2)?|e5 security|m?e5|e3|business premium)(?: licen[cs]es?| licenses?)?\b[^.?!]{0,20}\b(?:come with|include|includes|give)\b[^.?!]{0,20}\b(?:iot |eiot )?(?:devices|device coverage|coverage)\b/,
      /\b(?:does|do) (?:an?|each|one|the|every) (?:m365 |microsoft 365 )?(?:m?e5|e5 security)(?: user)?(?: licen[cs]e| license)? (?:include|cover|give|come with) (?:any |some )?(?:eiot |iot )?(?:devices|device coverage|coverage)\b/,
      /\b(?:m?e5|licen[cs]e|license)\b[^.?!]{0,15}\bhow many (?:eiot |iot )?(?:devices|assets|endpoints|things) (?:included|covered|come with it)\b/,
      /\b(?:5|five) devices? or (?:10|ten)\b|\bhow many devices\?\s?(?:5|five) or (?:10|ten)\b/,
      /\b(?:one|1) devices? or (?:five|5)\b|\b(?:five|5) devices? or (?:one|1)\b/,
      /\bcovers? (?:\d{1,2}|five|ten) or (?:\d{1,2}|five|ten) (?:iot |eiot )?devices\b|\b(?:5|five) or (?:10|ten) (?:iot |eiot )?devices (?:each|per)\b/,
      all(
        /\b(?:each|per|every|one|a single|1|w\/ each|with each)\s(?:[a-z0-9]+\s){0,3}?(?:m?e5|licen[cs]e|license|seat|user)\b/,
        /\b(?:how (?:many|much)|number of|what number)\b[^.?!]{0,50}\b(?:devices?|endpoints|coverage|gadgets|things)\b|\bdevices?\b[^.?!]{0,50}\bhow many\b/,
      ),
      /\ballowance\b[^.?!]{0,30}\b(?:pooled|per user|per tenant|shared)\b/,
      /\b(?:m?e5|e5 security)(?: licen[cs]e)? (?:device |iot )?(?:allowance|entitlement)\b/,
      all(/\bexample\b/, /\b(?:m?e5)\b/, /\bdevices\b/, /\b(?:explain|example from|docs?|documentation)\b/),
      /\b(?:one|1|a|each) (?:standalone |eiot |add-?on )*(?:eiot )?licen[cs]e\b[^.?!]{0,10}(?:=|equals|covers|is)\s?(?:exactly |just |only )?(?:one|1|a single) device\b|\bstandalone licen[cs]e = 1 device\b/,
      /(?<!\d\s?)\b(?:m?e5|e5 security)(?: user)?(?: licen[cs]e| license)?\s?=\s?how many\b/,
      /\bcount the same\b|\bsame (?:iot )?(?:allowance|number of (?:eiot |iot )?devices)\b|(?<!\d\s?)\b(?:m?e5|licen[cs]e)\s?=\s?how many\b|\bsame (?:5|five) devices\b|\bthe ratio is\b|\bgive (?:five|5) device slots\b/,
      /\b(?:devs?|devices?)\s?(?:per|\/)\s?(?:microsoft 365 |m365 )?(?:m?e5|e5 ?sec(?:urity)?|lics?|licen[cs]e|license|seat|user)\b/,
      /\b(?:m?e5|e5 ?sec(?:urity)?|lics?|licen[cs]e|license)\b[^.?!]{0,10}\bcovers? how many\b|\b(?:m?e5|licen[cs]e|license|lic)\s?:\s?x\s(?:devs?|devices?)\b/,
      /\b(?:per[- ]user|per[- ]seat|per[- ]licen[cs]e)\b[^.?!]{0,30}\b(?:devices?|limit|allowance|cap)\b|(?<!\btrial\b[^.?!]{0,40})\bdevice (?:limit|cap)\b(?![^.?!]{0,40}\btrial)/,
      /\bcovers? (?:up to )?[\d,]+ (?:iot |eiot )?devices?\b[^.?!]{0,8}[,.]?\s*(?:is that|right|correct|true)/,
    ],
  },
  {
    intent: 'prerequisites',
    patterns: [
      // "Do we need Defender for Endpoint P2 in addition to Microsoft 365 E5 to use Enterprise IoT?"
      /\b(?:business premium|m365 e3|e3|mde p1|p1)\s?\+\s?(?:eiot|enterprise iot|defender for iot)\b[^.?!]{0,20}\bpossible\b/,
      /\bor do (?:we|i) need an? (?:m365 |microsoft 365 )?e5(?: licen[cs]e| license)? as well\b/,
      /\bdo (?:we|i) (?:also )?need (?:microsoft )?(?:defender for endpoint|mde) (?:p2|plan 2)\b[^.?!]{0,40}\b(?:in addition to|as well as|on top of)\b/,
      /\b(?:prerequisites?|pre-requisites?|requirements?|prereqs?|pre-?reqs?|reqs?)\b/,
      /\b(?:is|are) (?:e5 security|m365 e5|me5|e5|mde p2|p2)(?: licen[cs]es?)? (?:ok|okay|enough|sufficient|fine)\b|\bdo (?:they|we|i) need the full (?:m365 |microsoft 365 )?e5\b/,
      /\b(?:available|an option|possible|open) (?:to|for) (?:us|me|our tenant|our company|customers like us)\b/,
      /\bcan (?:we|i|they) (?:use|go with|rely on) (?:the )?(?:e5 security|m365 e5|microsoft 365 e5|me5|e5|mde p2|p2)\b[^.?!]{0,15}\binstead of\b/,
      /\b(?:e3|e1|f3|p1|mde p1|business premium|defender for business)(?: licen[cs]es| licenses)? only\b[^.?!]{0,20}\bcan (?:we|i) (?:buy|purchase|get|use|add)\b/,
      /\bcan (?:mde p[12]|p[12]|(?:m365 |microsoft 365 )?e[35]|e5 security|business premium|non-e5)(?: only)? (?:customers|users|tenants|orgs|organi[sz]ations|subscribers|shops|companies) (?:buy|purchase|get|use|add|have)\b/,
      /\bneed (?:mde p2|p2|defender for endpoint(?: p2)?|e5|an? azure subscription) (?:on top|as well|too|also|in addition)\b|\bon top for (?:eiot|enterprise iot)\b/,
      /\b(?:alone|by itself|on its own|(?<=\bp2 )only) (?:ok|okay|enough|sufficient|fine)\b|\bdoes (?:eiot|enterprise iot|it) need (?:microsoft 365 |m365 )?(?:e5|me5)\b/,
      /\benough to (?:use|get|run|have|start|enable) (?:eiot|enterprise iot|it|defender for iot)\b|\bwhat else do (?:we|i) need to (?:get|have|use) (?:eiot|enterprise iot|it)\b/,
      /\b(?:roles?|permissions?|perms?|privileges|rbac|access level|contributor|owner role)\b|\bor do i need owner\b|\b(?:allowed|able|permitted|eligible) to use\b/,
      /\bazure sub(?:scription)?\b|(?<!\b(?:i'?m|i am|as) an? )\bsec(?:urity)? admin\b|\b(?:eiot|enterprise iot|it) (?:needs?|requires?) (?:mde|e5|me5|p2|defender)\b|\bwhat else (?:is )?needed\b/,
      /\bwhich (?:sets? of )?(?:lics?|licen[cs]es?|licenses?|plans?|skus?) (?:support|qualify|work|are supported|make us eligible)\b|\b(?:by itself|alone|on its own) enough\b|\bcan (?:eiot|enterprise iot|it) be (?:run|used|done|bought)\b|\bbought without\b|\ban add-?on to\b/,
      /\bdoes (?:eiot|enterprise iot|it) work with\b|\b(?:give|gives|include|includes) (?:us )?(?:the )?(?:iot )?(?:device )?allowance\b|\bwhat else (?:must|do|should) (?:we|i) (?:have|need)\b(?! to (?:do|switch|turn|enable|flip))|\b(?:still )?possible for us\b|\bis (?:eiot|enterprise iot) (?:still )?possible\b/,
      /\bwhat (?:licen[cs]es?|licenses?|plans?|skus?) (?:would|will|should) (?:i|we) need to (?:get|use|have|run|enable) (?:eiot|enterprise iot|it)\b/,
      /\bwhat (?:licen[cs]es?|licenses?|plans?|skus?) (?:are )?(?:needed|required) (?:for|to)\b/,
      /\bwhich (?:lics?|licen[cs]es?|licenses?|plans?|skus?) (?:are )?(?:needed|required|do i need)\b|\bwhat lics? do (?:i|we) need\b/,
      /\bwhat access\b|\baccess (?:do|does|is|would) (?:i|we|one|you)\b/,
      /\bis (?:a |an )?(?:microsoft 365 |m365 )?(?:e5|me5|e5 security|mde p2|p2|defender for endpoint p2|azure subscription)(?: licen[cs]e| license)? (?:required|needed|necessary|mandatory)\b/,
      /(?<!\b(?:i'?m|i am|as) an? )\b(?:global|security) (?:admin|administrator)\b/,
      /\b(?:eligible|eligibility|supported)\b/,
      /\bwho can\b/,
      /\bwhat (?:we|i) need to (?:get|have|use|start)\b|\blist what (?:we|i) need\b|\balone (?:is )?enough\b/,
      /\b(?:need|must be|needs to be|have|be) in place\b|\bbefore (?:onboarding|enabling|turning it on|turning on|starting|we start|i start|setting up|we can use|(?:eiot|enterprise iot|it) (?:works?|runs?))\b/,
      /\bwhat else do (?:we|i) need (?:before|to (?:have|get started|set up|start))\b/,
      /\bcan (?:we|i) add (?:[a-z]+ ){0,3}licen[cs]es to (?:m365 |microsoft 365 )?(?:e3|e1|f3|business premium|defender for business|mde p1|p1)\b|\bdifferent base licen[cs]e\b/,
      /\bvalid (?:combination|combo|option|setup|licen)|\bok for (?:eiot|enterprise iot)\b|\bgood enough for\b|\bmust it be\b/,
      /\bcan (?:we|i|they|customers) (?:even |still |also )?(?:use|get|have)\b (?:the )?(?:eiot|enterprise iot|defender for iot|it)\b(?! (?:trial|for free))/,
      /\b(?:does|do|is|are|will|would|can)\b[^.?!\d]{0,40}\b(?:e3|e1|f3|f1|a5|g5|a3|g3|p1|plan 1|business premium|defender for business|office 365 e5)\b[^.?!\d]{0,30}\b(?:include|includes|cover|covers|support|supports|work|enough|qualify|count|give|come with|entitle|eligible|use|get|have|allow)\b/,
      /\b(?:e3|e1|f3|p1|business premium|defender for business)\b[^.?!\d]{0,30}\b(?:include|includes|cover|covers|support|supports|enough|qualify|eligible|use|get|give|gives|allow|allows|work|have)\b/,
    ],
  },
  {
    intent: 'trial',
    patterns: [
      /\btrials?\b/,
      /\b(?:try|test|evaluate|pilot|poc|proof of concept)\b[^.?!]{0,30}\b(?:eiot|enterprise iot|before|out|for free|first|defender for iot)\b/,
      /\bsecure your iot devices\b/,
      /\bfor free\b|\bfree (?:way|option|version|tier|period|test|evaluation)\b|\bat no cost\b|\bwithout paying\b/,
      /\btry (?:it|eiot|before)\b/,
      /\b(?:evaluation|evalution|eval|demo|test drive|try ?out|kick the (?:tyres|tires))\b/,
      /\btesting\b[^.?!]{0,30}\b(?:eiot|enterprise iot|add-?on|it)\b|\bpossible (?:for )?free\b|\bfree\b[^.?!]{0,20}\b(?:eiot|enterprise iot|defender for iot)\b/,
    ],
  },
  {
    intent: 'count_devices',
    patterns: [
      /\bwhich (?:counting rule|tabs? (?:to|should (?:i|we)) count)\b/,
      /\b(?:laptops|computers|phones|mobiles?|pcs)\b[^.?!]{0,30}\b(?:are|is) (?:counting|counted)(?: (?:for|towards|to) (?:the )?(?:eiot|enterprise iot|iot)\b| too\b| as well\b| also\b)/,
      /\bwhat (?:even |exactly |actually |really )?counts as an? (?:device|iot device)\b/,
      /(?<!\b(?:i'?ll|we'?ll|i will|we will|going to) )\b(?:pull|get|find|export) the (?:eiot |iot )?device count\b/,
      /\bdo (?:i|we) (?:add|count|sum|combine) (?:both|the two) tabs\b|\bor (?:only|just) the (?:iot|network)(?: devices)? tab\s?\?|\bor is it (?:just |only )?(?:the )?(?:iot|network)(?: tab| devices)? only\b|\b(?:add|include) the (?:network|iot)(?: devices)? tab\b[^.?!]{0,30}\bcount|\bor is it just the (?:iot|network)(?: devices)? tab\b|\b(?:added|counted|included|licen[cs]ed) on top\b|\bthe (?:figure|number|count) that (?:gets|is|will be) licen[cs]ed\b/,
      /\bwhere\b[^.?!]{0,30}\b(?:find|see|get)\b[^.?!]{0,20}\b(?:device (?:numbers?|counts?)|number of devices|devices? counts?)\b|\bwhere\b[^.?!]{0,30}\bfind the list of (?:iot |network )?devices\b|\bmenu path\b[^.?!]{0,40}\b(?:devices?|inventory)\b|\bper-tab breakdown\b/,
      // "Do printers that are switched off still count?": a counting question whatever its verbs.
      /\b(?:do|does|are|is|will|would)\b[^.?!]{0,80}\b(?:still |also )?(?:count|counted|billed|chargeable)\b\s*(?:[?.!]|$|as|towards|toward|for|against)/,
      /\bis an? [a-z -]{2,30} (?:an?|counted as an?) (?:iot|eiot|enterprise iot) device\b/,
      ADD_TO_THE_COUNT,
      /^(?:do |does )?(?:the |our )?[a-z&']+(?: (?:and|&) [a-z&']+)? count (?:for|towards?|against|in) (?:the )?(?:eiot|iot|licen|count)/,
      // Terse: "phones count?", "servers excluded?", "printers = iot?", "badge readers iot?".
      /^(?!(?:how|what|where|when|why|can|could|turn|switch|enable|disable|start|stop|buy|purchase|cancel)\b)(?:\d+ )?(?:[a-z&']+ ){0,2}[a-z&']+\s(?:(?:tab )?(?:count|counted|excluded|included)|(?:=\s)?(?:an? )?e?iot(?: devices?)?)\s?\?+$/,
      /\bcount (?:devs?|devices?)\b|\bdev(?:ice)? count steps\b|\bwhich devs?\b|\bshould (?:i|we) (?:also )?count\b/,
      /\bwhich (?:ones|of (?:them|these|those)|devices|kinds)\b[^.?!]{0,20}\bcount\b/,
      /\bdo (?:i|we) include (?:them|those|these|it)\b|\binclude devices\b|\btab only\b|\bplus network\b|\biot or (?:computers?|pcs?|laptops?|c&m)\b|\b(?:computers?|pcs?) or iot\b/,
      /\bis (?:the|a|an|our) [a-z -]{2,40} an? (?:iot|eiot|enterprise iot) device\b/,
      /\binclude (?:the )?(?:laptops|computers|pcs|phones|printers|servers|mobiles?|tablets|cameras)\b|\b(?:tally|tallying|add up|sum up)\b[^.?!]{0,20}\bdevices\b/,
      /\bcounted as\b|\b(?:are|is) (?:those|these|they|them|it|that) (?:an? )?(?:e?iot|enterprise iot) devices?\b|\bwhich tabs?\b|\bleft out of\b[^.?!]{0,20}\bcount\b/,
      /\b(?:do|does|will|would) (?:they|it|these|those|devices?|them)\b[^.?!]{0,20}\b(?:take|need|use|consume|require)s? an? (?:eiot |standalone )?licen[cs]e\b/,
      /\b(?:have|need) to licen[cs]e (?:those|these|them|it)\b|\blicen[cs]es? for (?:them|those|these) as well\b/,
      /\bpublic (?:internet )?ips?\b|\b(?:not|haven'?t|hasn'?t|never) (?:been )?(?:online|seen|active|connected)\b[^.?!]{0,30}\b(?:days?|weeks?|months?|for|since|in the last)\b/,
      /\bstill need(?:s)? an? licen|\bcalculate (?:the )?(?:monitored|number of) devices\b|\bmonitored devices\b|\bhow many devices (?:i'?m|we'?re|i am|we are) monitoring\b|\bsee how many devices\b/,
      /\btabs?\b[^.?!]{0,25}\badd up\b|\bcalculate the devices\b|\b(?:would|will) (?:bill|charge) us for\b|\bassets\s?>\s?devices\b(?!,? (?:says|shows|lists|has|reads|gives)\b)|\bdevice number\b|\bsee how many (?:iot )?devices\b|\bstill counted\b/,
      /\bcount (?:them |it |those )?or not\b|\b(?:network|iot) tab\b|\bhow (?:i|we) count\b|\bwhich of (?:them|those|these|the tabs)\b|\bnumbers i should add up\b/,
      /\blook up how many devices\b|\bhow many devices we have\b|\bdoes the (?:number|count|total) include\b|\b(?:have|need) to include (?:them|those|these|it)\b|\bclassed as (?:an? )?(?:iot|eiot)\b|\beat into\b|\bcount (?:against|towards?)\b/,
      /\beat (?:up )?(?:any |the |our |a |an )?(?:eiot |iot |standalone )?licen|\buse up (?:eiot |iot )?licen/,
      /\bconsidered (?:an? )?(?:iot|eiot)(?: devices?)?\b|\bstill need(?:s)? (?:to be )?licen[cs]ed\b|\bneed to be licen[cs]ed\b/,
      /\b(?:get|gets|be|is|are) (?:added|included) (?:to|in) the (?:total|count)\b|\b(?:get|gets|be) (?:added|included|counted) (?:too|as well|also)\b|\bwhich number do (?:i|we) use\b|\bincluded in the (?:network|iot) devices? count\b/,
      /\bwhere\b[^.?!]{0,40}\b(?:find|see|check|look up)\b[^.?!]{0,30}\b(?:number of|count of|how many)\b[^.?!]{0,20}\bdevices\b|\bexport\b[^.?!]{0,30}\b(?:device (?:counts?|list|inventory)|inventory)\b/,
    ],
  },
  {
    intent: 'turn_off',
    patterns: [
      /\b(?:turn|switch|shut|toggle|switched|turned|toggled)(?:ing)? (?:it |this |that |eiot |enterprise iot |iot |monitoring |back |the (?:feature|option|setting|toggle) )?off\b/,
      /\bturn\b[^.?!]{0,30}\boff\b/,
      /\b(?:disable|deactivate|stop monitoring|stop eiot|pause)\b|\bopt\b[^.?!]{0,20}\bout\b/,
      /\bprocedure to (?:turn|switch) (?:it |eiot |enterprise iot )?off\b/,
      // "Can we put off the enterprise IoT feature for some time?": "put off" for switching off (non-native English).
      /\bput off (?:the )?(?:enterprise iot|eiot|iot monitoring|monitoring)\b/,
      /\b(?:disabling|deactivating|disabled)\b/,
      /\bstop(?:ped|ping)? (?:using|the) (?:eiot|enterprise iot|iot|service|monitoring)\b/,
      /\bstop(?:ped|ping)?\b[^.?!]{0,30}\b(?:monitoring|showing|alerts|scanning)\b|\bmonitoring stopped\b/,
      /\b(?:turn|switch) of\b(?! the| my| our| a\b)/,
      /\bmonitoring off\b|\bwants? (?:it|eiot|enterprise iot|iot monitoring) off\b/,
      /\b(?:eiot|enterprise iot|iot)\soff\b|\bswitch\b[^.?!]{0,50}\boff\b|\b(?:deactivated|disabled) until\b/,
      /\bhow to off\b|\bto off the\b|\boff switch\b|\bswitch it off\b|\bback off\b/,
      /\b(?:put|set|flip|switch|get|toggle)\b[^.?!]{0,30}\b(?:to )?off\b|\bget rid of\b|\bnoise\b|\bout of (?:our|the|my) (?:defender|portal|tenant)\b/,
      /\bno longer (?:want|need|use)\b/,
      /\boff (?:option|button|toggle|setting)\b/,
      /\bstop (?:defender |it |eiot |microsoft )?(?:doing|running|providing) (?:the )?(?:iot|eiot|enterprise iot)\b/,
      /\bdon'?t (?:want|need) (?:eiot|enterprise iot|iot monitoring|it) any ?more\b/,
      /\b(?:eiot|enterprise iot|iot monitoring|iot security|iot (?:device )?stuff|iot)\b[^.?!]{0,40}\b(?:gone|go away|removed)\b/,
      /\b(?:get rid of|remove|removing|delete|kill|hide|uninstall|make)\b[^.?!]{0,30}\b(?:eiot|enterprise iot|iot monitoring|iot security|iot device|iot)\b[^.?!]{0,30}(?:\bgo away\b)?/,
    ],
  },
  {
    intent: 'turn_on',
    patterns: [
      /\b(?:turn|switch|toggle|switched|turned|toggled)(?:ing)? (?:it |this |that |eiot |enterprise iot |iot |monitoring |support )?on\b/,
      /\bturn\b[^.?!]{0,30}\bon\b(?! (?:the|my|our|a|an)\b)|\bhow (?:do|can) (?:i|we) turn (?:the|our) [a-z ]{3,45}? on\?/,
      /\b(?:enable|enabling|activate|activating|onboard|onboarding|enabled|activated|activer|activar)\b/,
      /\bget (?:the |our |their )?(?:iot )?devices monitored\b/,
      /\b(?:set ?up|setup|configure|get started|getting started|start monitoring|start using|begin monitoring)\b/,
      /\bwhere(?: is|'s| do i find| can i find)? (?:the )?(?:eiot |enterprise iot )?(?:toggle|switch|setting)\b|\b(?:toggle|switch|setting) for (?:eiot|enterprise iot|iot)\b[^.?!]{0,10}\bwhere\b/,
      /\b(?:toggle|switch|setting|option)\b[^.?!]{0,20}\blocation\b|\bcan'?t find\b[^.?!]{0,30}\b(?:toggle|setting|switch|option)\b|\b(?:toggle|setting|switch|option|eiot|enterprise iot)\b[^.?!]{0,30}\b(?:greyed|grayed) out\b|\b(?:toggle|setting|switch)\b[^.?!]{0,30}\bread-only\b|\bon by default\b|\bflip the\b[^.?!]{0,25}\b(?:switch|toggle)\b|\bget (?:eiot|enterprise iot|it) (?:started|going|running|working)\b|\btoggle won'?t\b|\bcan'?t change (?:it|the toggle|the setting)\b|\bstart seeing\b|\bflip something\b|\bget (?:eiot|enterprise iot|it) going\b|\bwhat do i click\b/,
      /\b(?:flip|set|toggle|put)\b[^.?!]{0,30}\b(?:to )?on\b(?! (?:the|my|our|a)\b)/,
      /\b(?:running|up and running|(?<!\bsettings )live|visible)\b[^.?!]{0,10}(?:[?.!]|$)|\bwant it on\b|\bvisibility on\b/,
      /\b(?:switch|toggle|flip|set|get|put|turn)\b[^.?!]{0,30}\b(?:back |to )?on\b(?! (?:the|my|our|a|an|it|monday|friday)\b)/,
      /\b(?:eiot|enterprise iot|iot)\son\b(?!\s(?:the|my|our|a|an)\b)/,
      /\bdevice discovery\b[^.?!]{0,30}\b(?:be|turned|switched|set) on\b|\b(?:eiot|enterprise iot) (?:toggle|switch)\b|\bdevice discovery\b[^.?!]{0,40}\b(?:toggle|will (?:it|eiot) work|work)\b/,
      /\bactivation\b|\blight up\b|\bstart\b[^.?!]{0,30}\bmonitoring\b|\benable (?:it|eiot|enterprise iot) again\b|\bback on\b/,
    ],
  },
  {
    intent: 'calculate',
    patterns: [
      /\bhow many (?:[a-z-]+ ){0,5}?(?:licen[cs]es?|licenses?|seats?|lics?)\b(?! (?:do|does) (?:the|a|each) trial)/,
      /\b(?:the )?number of (?:[a-z-]+ ){0,3}?(?:licen[cs]es?|licenses?)\b[^.?!]{0,30}\b(?:need|buy|purchase|order|require)/,
      /\bwhat (?:else )?do (?:i|we) (?:need|have) to (?:buy|purchase|order|get)\b/,
      /(?:^|[.!?]\s)(?:and |what about )?(?:licen[cs]es|licenses)\?\s*$/,
      /\bneed how many\b|\bdo (?:i|we) need to buy (?:extra|more|additional|any)\b/,
      /\b(?:suggest|recommend|advise)\b[^.?!]{0,30}\b(?:licen[cs]es|licenses|how many|quantity)\b/,
      /\bhow (?:much|many) (?:do )?(?:i|we) need to (?:buy|purchase|order)\b/,
      /\b(?:know|tell me|give me|want) the number of (?:[a-z-]+ ){0,3}?(?:licen[cs]es|licenses)\b/,
      /\bdo (?:i|we|they) need to (?:buy|purchase|order|get) (?:more |extra |additional |any )*(?:(?:standalone|eiot|enterprise iot|iot|add-?on|device) )*(?:licen[cs]es?|licenses?)\b/,
      /\b(?:required|needed) (?:licen[cs]e|license|lic) (?:qty|quantity|count|number)\b/,
      /\bneed \d+ (?:more |additional |extra )?(?:standalone|eiot|add-?on|licen)|\b(?:eiot |standalone )?(?:licen[cs]e|lic) count\b/,
      /\b(?:qty|quantity|number|count|how many)\b[^.?!]{0,20}\b(?:lics?|licen[cs]es?|licenses?)\b[^.?!]{0,10}\b(?:needed|required|to buy|do i need)\b/,
      /\bhow many (?:more |extra |additional |standalone |eiot |add-?ons? )*(?:do|should|must) (?:i|we|they) (?:need|buy|order|purchase|have to (?:buy|order|purchase))\b|\b(?:need to )?buy how many\b|\bbuy more\s?\?|\bneed (?:a|the) number for (?:[a-z-]+ ){0,2}licen|\bcombien de licences?\b|\bhow many (?:to|should i|should we|do i|do we) (?:purchase|buy|order)\b/,
      /\bhow many (?:licen[cs]es )?(?:i|we) (?:need|must|have to|should) (?:to )?buy\b|\bneed to buy (?:anything|something|more)\b|\b(?:licen[cs]es|licenses) to buy\??$|\bhow many (?:eiot |standalone )?(?:to buy|should i buy)\b|\bwhat do i still need to buy\b/,
      /\bis (?:that|it|this) enough\b|\bif (?:we|i) (?:must|have to|need to|should) buy\b/,
      /\b(?:shortfall|am i covered|are we covered|enough licen[cs]es|enough e5)\b/,
    ],
  },
  {
    intent: 'prerequisites',
    patterns: [
      /\bazure subscription\b/,
      /\b(?:qualif(?:y|ies))\b/,
      /\bwhich (?:licen[cs]es?|licenses?|plans?|skus?|subscriptions?) (?:do|does|are|is|will|would|include|support|give|cover|qualify)\b/,
      /\bwhat (?:licen[cs]es?|licenses?|plans?|skus?|subscriptions?) (?:do (?:i|we|you) need|are (?:needed|required|supported|eligible)|include|support|give|qualify)\b/,
      /\b(?:does|do|is|are|will|would|can) (?:m365 |microsoft 365 |office 365 |o365 )?(?:e3|e1|f3|a5|g5|mde p1|p1|plan 1|business premium|defender for business|e5 security|e5|me5|mde p2|p2)(?: licen[cs]es?| licenses?)? (?:include|includes|cover|covers|support|supports|work|enough|qualify|count|give|come with|entitle|eligible|have|also)\b/,
      /\bwhat do (?:i|we) need (?:to|before|in order)\b/,
      /\bwhich (?:licen[cs]es?|licenses?|plans?|skus?) (?:we|i) (?:need|must have|require)\b/,
      /\bdo (?:i|we) need (?:e5|me5|mde|defender for endpoint|an? azure|global|a subscription|p2)\b/,
    ],
  },
  {
    intent: 'purchase',
    patterns: [
      /\bhow (?:do|can|should|would) (?:i|we) by\b/,
      /\b(?:buy|buying|purchase|purchasing|purchased|order|ordering|procure|procuring|procurement(?! (?:handles|says|said|team|department|is|are|has|have|told|will|would|wants?|asked|needs?|deals|does)\b)|acquire|acquiring|checkout|check out)\b/,
      /\b(?:add|get|obtain)(?: more| additional| extra| the| some)?(?: of (?:the|those|these|our))? (?:[a-z-]+ ){0,2}?(?:licen[cs]es?|licenses?|seats?)\b/,
      /\btop(?:ping)?[- ]up\b|\bsold\b|\badd (?:the )?(?:[a-z]+ ){0,3}add-?on\b/,
      /\bpay\b[^.?!]{0,30}\b(?:monthly|yearly|annually|upfront)\b|\bbilling frequency\b|\badd \d+ (?:more )?(?:eiot |standalone |enterprise iot )?licen/,
      /\bcsp\b|\breseller\b|\bincrease (?:the )?(?:quantity|number|count|seats)\b|\bmore seats\b/,
      /\bmarketplace\b/,
      /\bpurchase services\b/,
      /\bwhere (?:can|do) (?:i|we) (?:get|find) (?:the )?(?:standalone |eiot )?(?:licen[cs]es?|licenses?)\b/,
    ],
  },
  {
    intent: 'count_devices',
    patterns: [
      /\bwhere (?:do |can )?(?:i|we) (?:find|see|get|look|check)\b[^.?!]{0,40}\b(?:devices?|inventory|count|numbers?|how many)\b/,
      /\bwhich (?:gadgets|devices|things|kit|equipment|items|kinds of (?:devices|kit|gadgets)) (?:actually |really |even )?(?:count|counts)\b/,
      /\bwhich of (?:this|these|the) tabs\b/,
      QUIET_ONES_COUNT,
      /\bfrom where (?:do |can |should )?(?:i|we) (?:take|get|find|see|know|read)\b[^.?!]{0,40}\b(?:devices?|inventory|count|numbers?|how many)\b/,
      /\bhow (?:do|can|should|would) (?:i|we|you) (?:count|calculate the number|find|see|check|know|determine|work out|figure out)\b[^.?!]{0,40}\b(?:devices?|how many|number|inventory|count)\b/,
      /\bhow to (?:count|find|see|check|determine|get)\b[^.?!]{0,30}\b(?:devices?|number|count|inventory)\b/,
      /\b(?:count|counting)(?: the| my| our| all)? (?:[a-z]+ )?(?:devices?|inventory|estate|fleet|assets)\b/,
      /\bmethod to count\b|\bhow (?:do|should|to) (?:i |we )?count\b/,
      /\bwhere (?:do|can|should) (?:i|we) (?:find|see|get|look|check)\b[^.?!]{0,40}\b(?:devices?|inventory|count|numbers?|how many)\b/,
      /\bwhere\b[^.?!]{0,30}\bsee\b[^.?!]{0,30}\bnumbers?\b|\bnumbers? (?:i|we) need to add\b/,
      /\bwhich devices\b/,
      /\bwhat (?:devices|counts|kind of devices|types? of devices)\b/,
      /\b(?:are|do|does|is|will|would) (?:[a-z0-9&']+ ){0,12}(?:counted|count|included|billed|excluded|charged|part of)\b/,
      /\b(?:inactive|offline|dormant|idle|stale|multicast|broadcast|public ip|internet ip|no (?:network )?activity)\b/,
      /\bhow many devices (?:do|have) (?:i|we)\b/,
      /\bwhat (?:is|counts as|qualifies as) an? (?:eiot |iot |enterprise iot )?device\b/,
      /\b(?:see|find|check|look up) how many (?:iot |eiot |network )?(?:devices|endpoints|assets)\b/,
    ],
  },
  {
    intent: 'portal_name',
    patterns: [
      PORTAL_CHOICE,
      /\brenam(?:e|ed|ing)\b|\brebrand(?:ed|ing)?\b|\bbrand name\b/,
      /\bwhich (?:console|admin cent(?:er|re)|site|url|dashboard)\b[^.?!]{0,10}\b(?:for|is|has) (?:the )?(?:eiot|enterprise iot|defender for iot|it)\b/,
      /\bwhich (?:admin |management |security )?portal (?:for|is|does|has|hosts|holds) (?:the )?(?:eiot|enterprise iot|defender for iot|it)\b/,
      /\b(?:name of the portal|portal(?:'s)? name)\b[^.?!]{0,20}\b(?:changed?|change|new|different)\b/,
      /\bwhat(?:'s| is) (?:the )?(?:current |official |correct |proper |right |exact )*name of the (?:admin |management |security )?portal\b/,
      /\bwhat(?:'s| is| does)? (?:the )?(?:microsoft )?(?:defender )?xdr\b/,
      /\bxdr\b[^.?!]{0,40}\b(?:same|renamed|called|new name|difference|different|vs|versus|replace)\b/,
      /\b(?:still|now|newly|being) called\b|\bcalled (?:[a-z]+ ){0,3}now\b|\bnew name\b|\bold name\b|\banother name\b|\bstill (?:around|there|exist)/,
      /\b(?:microsoft 365|m365) defender\b[^.?!]{0,60}\bxdr\b|\bxdr\b[^.?!]{0,60}\b(?:microsoft 365|m365) defender\b/,
      /\b(?:microsoft 365|m365|microsoft) defender\b[^.?!]{0,40}\b(?:anymore|gone|disappeared|same as|called|now)\b/,
      /\b(?:where|url|link|address|log ?in|sign ?in|login|open|reach|access)\b[^.?!]{0,40}\b(?:defender|security) (?:xdr |365 )?(?:portal|center|centre)\b(?:[^.?!]{0,5}[?.!]?)$/,
      /\b(?:log ?in|sign ?in|login) (?:to|for) (?:the )?(?:microsoft 365 |m365 |microsoft )?defender\b|\b(?:website|site|url)\b[^.?!]{0,30}\b(?:log ?in|sign ?in)\b[^.?!]{0,20}\bdefender\b/,
      /\bwhere(?:'s| is| are| did) (?:the )?(?:microsoft 365 |m365 |microsoft )?defender(?: portal| xdr)?\b/,
      /\b(?:defender|security) (?:xdr |365 )?portal\b[^.?!]{0,20}\b(?:url|link|address)\b/,
      /\b(?:defender portal|defender xdr)\b[^.?!]{0,20}\bsame (?:thing )?as\b/,
      /\b(?:defender|security) portal\b[^.?!]{0,30}\b(?:different|differ|same)\b[^.?!]{0,30}\bxdr\b/,
      /\bwhat (?:is|'s) (?:the )?(?:microsoft )?defender portal\b/,
      /\b(?:which|what) portal\b/,
      /\bwhere did (?:the )?(?:microsoft 365 |m365 |microsoft )?defender\b[^.?!]{0,20}\bgo\b/,
      /\b(?:url|link|address)\b[^.?!]{0,30}\b(?:defender|xdr)\b/,
      /\bsecurity\.microsoft\.com\b/,
      /\b(?:microsoft 365|m365) defender\b[^?]{0,60}\bwhere (?:do i|should i|to) go\b/,
      /\b(?:defender portal|defender xdr|microsoft 365 defender|m365 defender)\b[^?]{0,80}\bsame (?:thing|portal)\b/,
      /\bcan'?t find\b[^.?!]{0,20}\b(?:microsoft 365|m365) defender\b|\b(?:microsoft 365|m365) defender\b[^.?!]{0,30}\b(?:did it move|moved|gone)\b/,
      /\b(?:microsoft 365|m365) defender\b[^.?!]{0,40}\bcan'?t find\b/,
      /^(?:the )?(?:defender |security )?portal(?: url| link)?\s?\?*$/,
      /\bsame (?:thing )?as\b[^.?!]{0,40}\bdefender\b/,
      /\bwhich (?:one|portal) do (?:they|you|the docs|the pages) mean\b/,
      /\bwhere(?:'s| is) (?:that|the) portal\b|\bwhat happened to\b[^.?!]{0,30}\bdefender\b/,
      /\b(?:url|link|address|website|web site|web address)\b[^.?!]{0,40}\bportal\b|\bportal\b[^.?!]{0,30}\b(?:url|link|address|website)\b/,
      /\bcalled (?:today|these days|nowadays)\b|\bcurrent name\b|\b(?:security|defender) portal\b[^.?!]{0,20}\bmove|\bsame as\b[^.?!]{0,40}\bdefender\b/,
      /\b(?:defender|xdr)\b[^.?!]{0,20}\b(?:url|link)\b/,
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
    weak: true,
    patterns: [
      new RegExp(String.raw`\bhow many (?:more |additional |extra |standalone |eiot |add-?on |per-device )*(?:${LIC}|do (?:i|we) need)\b`),
      /\b(?:calculate|calculator|calculation|calc|compute|estimate|work out|figure out)\b/,
      /\bhow many (?:more |extra |additional )?(?:standalone|add-?ons?|eiot)\b\s*(?:\?|$|do|should|to|needed|required)/,
      /\b(?:gap|shortfall|short by|am i covered|are we covered|covered\?|enough licen|enough licenses|enough e5)\b/,
      /\bwhat (?:licen[cs]e |license )?quantity\b|\bwhat do (?:i|we) need to (?:license|licen[cs]e)\b|\bhow many (?:should|do|must) (?:we|i) order\b|\bdo (?:i|we) (?:need|have) (?:enough|more|additional|extra)\b|\bdo (?:i|we) (?:need|have) to (?:buy|purchase|get|order) (?:extra|more|anything|additional|any)\b/,
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
      /\bexplain what you (?:do|are|can do)\b/,
      /\bhow (?:does|do) (?:this|you|it)(?: bot| thing| tool| chat)? work\b/,
      /\b(?:what|wat|wht) (?:can|do) (?:you|u) do\b/,
      /\bhow (?:am i|are we) (?:supposed|meant) to use\b|\buse this (?:thing|bot|tool)\b/,
      /\bwhat (?:are|is) (?:you|this bot)\b|\bwhat(?:'s| is) this (?:bot|thing|tool|app)\b/,
      /^(?:thanks|thank you|thx|ty|cheers|great|ok|okay|cool|awesome|perfect|got it|much appreciated|appreciated|appreciate it|bye|goodbye|see you|later|morning|good day|have a good)\b/,
      /^(?:morning|afternoon|evening)(?: all| everyone| team)?[.!]?$/,
      /\bwhat (?:questions|topics|things|kind of questions|sort of questions) (?:can|do|should|could) (?:i|you|we)\b/,
      /\bhow (?:do|can|should) (?:i|we) use (?:you|this|this bot|the bot)\b|\bhow to use (?:you|this bot|the bot)\b/,
      /\bwhat (?:can|does|do) (?:this|the) (?:bot|tool|assistant|app) (?:do|answer|help|know|cover)\b/,
      /\bwhat (?:topics|areas|questions) do you (?:cover|know|answer|handle)\b/,
      /\bwhat (?:kinds?|sorts?|types?) of (?:questions|things)\b|\bwhat to ask\b|\bwhat can i ask\b|\bwhat(?:'s| is) this (?:assistant|bot)\b|^(?:namaste|salaam|bonjour|hola|ciao|hallo|guten tag|hey there|good day)\b|\bwhat you can do\b|\bwho am i talking to\b|\bwhat this (?:assistant|bot|tool|thing) (?:does|is for)\b/,
      /^(?:hi+|hey+|hello+|heyy+|yo+|sup|hiya|howdy)\b/,
      /\b(?:which|what) questions\b|\bable to (?:handle|answer|help)\b|\bwhat do (?:you|u) know\b/,
      /\b(?:are|r) (?:you|u) (?:a )?(?:human|bot|robot|real|person|ai)\b|\bis this (?:the )?(?:[a-z]+ )?(?:bot|assistant|advisor)\b/,
      /\b(?:thanks|thank you|thank u|thx|tnx|cheers|gracias|merci|danke|appreciate|obrigad[oa]|arigato|grazie|dank je|tack|dziękuję|dziekuje)\b/,
      /^(?:bye|cya|see ya|later|ciao|take care)\b/,
      /^(?:gm|gn|good night|options|menu|commands)\b\s?\?*$/,
      /\bhelp\b/,
    ],
  },
];

/** The rules with each pattern behind its literal gate: most patterns are skipped without being run. */
const RULES = RULE_LIST.map((rule) => ({ ...rule, patterns: rule.patterns.map((p) => (p instanceof RegExp ? gated(p) : p)) }));
for (const rule of RULE_LIST) for (const p of rule.patterns) if (p instanceof RegExp) INTENT_PATTERNS.push(p);

/** Topic words that show a message is about eIoT licensing at all. */
const ON_TOPIC =
  /\b(?:eiot|iot|defender|licen[cs]es?|devices?|e5|me5|mde|endpoint|standalone|trial|inventory|seats?|xdr)\b/;

/** Other products and errands: with no eIoT words, such a message is off-topic whatever its verbs. */
const OTHER_TOPIC =
  /\btoner\b|\bwarranty\b|\bbook (?:a|an|the) [a-z ]{0,20}(?:engineer|technician|electrician|plumber|meeting room|table)\b|\bwhich [a-z]+ (?:do|would) you recommend for\b|\b(?:work out|calculate) (?:the |our )?(?:[a-z-]+'s )?(?:revenue|profit|turnover|margin|payroll|vat)\b|\brecommend (?:a |an |some )?(?:good |decent |cheap |reliable )?(?:[a-z-]+ )?(?:printers?|scanners?|laptops?|cameras?|routers?|monitors?|tablets?)\b|\bwrite (?:me |us )?(?:a |an )?thank[- ]you\b|\blicen[cs]e (?:microsoft |ms )?teams rooms?\b|\bgift aid\b|\bsupports? (?:linux|macos|mac|ios|android|windows server|chromebooks?|chromeos)\b|\b(?:is|are) (?:intune|teams phone|copilot|sentinel|purview|entra(?: id)?|power bi|visio|project) (?:licen[cs]ed|licensed|sold|priced|billed)\b|\bmicrosoft bookings\b|\bintegrates? with (?:our |the )?(?:practice management|pms|crm|erp|booking)|\bink cartridges?\b|\b(?:licen[cs]e|buy|get) (?:microsoft )?(?:defender for endpoint|mde)(?: p[12]| plan [12])? for (?:our |the )?(?:servers|laptops|endpoints|desktops|pcs|workstations)\b|\b(?:(?:better|worse|cheaper) than|versus|vs\.?|compared? (?:to|with)) (?:crowd ?strike|sentinel ?one|sophos|carbon black|cylance|symantec|mc ?afee|trellix|cortex|eset|bit ?defender|kaspersky|trend micro)\b|\b(?:ocr|refunds?|(?:wi-?fi|connection|network)\b[^.?!]{0,30}\bkeeps? dropping|python|powershell script|bash script|write (?:me )?(?:a )?script|(?:block|blocking) usb|usb (?:sticks?|drives?|ports?|keys?)|teams licen[cs]es?|product descriptions?|blue ?screen|bsod|recommend (?:some |a few |a )?(?:films?|movies?|books?|restaurants?)|(?:write|draft|written) (?:me )?(?:a |an |the )?(?:written )?risk assessment|dmarc|dkim|spf record|telescopes?|(?:reset|change) (?:their|his|her|a tenant'?s|a customer'?s) password|docking stations?|second (?:monitor|screen)|external (?:monitor|screen)|dual (?:monitors?|screens?)|(?:capacity|seats?) (?:of|at) (?:the )?[a-z]+ (?:arena|stadium)|settl(?:e|ing) an argument|document management|dms for|book (?:the |a )?(?:large |small |big )?meeting room|ticketing platform|sell tickets|dog food|cat food|bags of|wi-?fi for (?:passengers|guests|visitors)|access points would you recommend|recommend (?:some |an? )?access points|(?:keeps?|keep on) dropping calls|drop(?:ping|s)? (?:the )?calls|voicemail|reset (?:a |the )?(?:user'?s )?(?:[a-z]+ )?pin|write (?:a |an )?(?:communication|memo|letter|note|comms) to|licen[cs]e (?:our |the )?teams rooms?|who won|race results?|match results?|football scores?|(?:open|opening) (?:a )?ports?|inbound (?:port|rule)s?|firewall rules?|false positives?|job (?:adverts?|ads?|descriptions?|postings?|specs?)|intune|sentinel|purview|exchange|share ?point|outlook|one ?drive|entra|azure ad|copilot|power bi|dynamics|windows \d+|visio|project online|mfa|multi-factor|conditional access|cloud apps|iot hub|iot central|azure vm|virtual machines?|vms|d\d+s? v\d|temperature sensors?|teams (?:phone|premium|chat|calling|meetings?)|teams rooms? (?:pro|basic|premium|licen[cs]es?|licenses?)|business (?:basic|standard)|smart ?screen|tamper protection|attack surface reduction|asr rules?|aws|gcp|google cloud|install office|office apps|guest access|pizzas?|lunch|firmware|dropping out of (?:meetings|calls)|(?:passenger|guest|public) wi-?fi|wi-?fi password|expense policy|write (?:me )?an? (?:teams |email |e-mail )?(?:message|announcement|post)\b|reset (?:the |my |a |our )?(?:wi-?fi |network )?password|set ?up an? teams rooms?\b|wi-?fi keeps dropping|troubleshoot(?:ing)? (?:the )?(?:access points|wi-?fi|controller)|ferry (?:from|to|times?|schedule)|train times?|bus times?|dinner|weather|joke|vacation|holiday|flight|hotel (?:booking|reservation)s?|book(?:ing)? (?:a )?hotel|taxi|recipe|song|movie|football|payroll)\b|\bdefender for (?:cloud|office|identity|servers|storage|sql|key vault|apps|cloud apps)\b|\b(?:antivirus|mdav|real-time protection|automated investigations?|network protection|email notifications?|device timelines?|device groups?|incidents?|translate|renew(?:al)?)\b|\b(?:trial|cancel|buy|purchase|order|renew|price|pricing|cost)\b (?:(?:of|for|our|more|the|a|an) ){0,2}(?:microsoft 365 |m365 |office 365 )?(?:e5|e3|mde|defender for endpoint|azure|intune)\b|\b(?:e5|e5 security|mde|defender for endpoint(?: p[12])?)\b (?:cost|price|pricing)\b|\busers are licensed\b|\bdifference between\b[^.?!]{0,20}\b(?:e3|e5|p1|p2)\b|(?<!\b(?:price|pricing|cost)\b[^]{0,200})(?<!\b(?:nonprofit|non-profit|charity|education|educational|academic|volume|bulk|government|ngo|school|university) )\bdiscounts?\b(?![^.?!]{0,30}\b(?:licen[cs]es|licenses|eiot|devices|nonprofits?|non-profits?|charit(?:y|ies)|education|schools?|universit(?:y|ies)|academic|volume|bulk|government|ngos?)\b)(?![^]{0,200}\b(?:price|pricing|cost)\b)|\blicen[cs]es (?:are )?assigned\b|\bassign(?:ing)? (?:an? |the )?(?:m365 |microsoft 365 |office 365 )?(?:e5 |e3 |e1 |f3 )?licen[cs]e to\b|\bassigned licen|\bteams calls?\b|\bazure arc\b|\bshare price\b|\bstock price\b|\bazure virtual desktop\b|\bavd\b|\bemail\b|\barchiving\b|\bteams keeps\b|\bcrash(?:es|ing)?\b|\b(?:enable|onboard|deploy|install)\b[^.?!]{0,20}\bdefender for endpoint\b|\bdefender for endpoint (?:on|onto) (?:our |the )?(?:macs?|android|ios|linux|windows|phones|servers)\b|\bwindows defender\b|\bdefender firewall\b|\bcancel\b[^.?!]{0,30}\bbusiness (?:premium|basic|standard)\b|\b(?:microsoft 365 |m365 )?e5 (?:free )?trial\b|\btrial of (?:microsoft 365 |m365 )?e5\b|\bbuy\b[^.?!]{0,20}\be5\b[^.?!]{0,40}\bcost\b|\bcheaper than (?:p1|p2|e3|e5)\b|\bhow many e3\b|\bbill\b|\bdefender for endpoint (?:onto|on to)\b|\b(?:get|install|deploy|push)\b[^.?!]{0,10}\bdefender for endpoint\b|\bhow much (?:is|are|does|for) (?:a |an |the )?(?:microsoft 365 |m365 |office 365 )?(?:m?e5|e3|mde|defender for endpoint)\b(?! (?:cover|include))|\bdefender for endpoint (?:agent|onboarding|sensor|client)\b|\b(?:onboard(?:ing)?|deploy(?:ing)?|install(?:ing)?)\b[^.?!]{0,40}\b(?:windows|macos|macs?|linux|servers?|laptops|desktops|pcs|vms|android|ios|iphones|phones)\b|\bhow much\b[^.?!]{0,40}\bper user\b|\b(?:mde|defender for endpoint)(?: p2| plan 2)? trial\b|\b(?:cost|price)\b[^.?!]{0,20}\bper user\b|\bbest\b[^.?!]{0,40}\bto buy\b|\b(?:e5 )?compliance\b|\bkql\b|\bsign-?ins?\b|\bpowershell\b|\bsafe (?:links|attachments)\b|\banti-?(?:phishing|spam|malware) polic|\bdlp\b|\bretention polic|\b(?:jammed|paper jam|out of toner|won'?t print|not printing|excel|pivot tables?)\b|\bbook (?:a |the )?(?:meeting )?room\b|\bvpn\b|\bjamming\b|\bransomware\b|\b(?:hardware )?encoders?\b|\blive streaming\b|\bcaptive portal\b|\bmeraki\b|\bazure firewall\b|\bcanteen\b|\bbank holidays?\b|\boffice move\b|\bwrite (?:a |an |the )?(?:teams |email |e-mail |short )?(?:announcement|post|newsletter|email|letter)\b|\b(?:configure|set ?up|create|add|trunk)\b[^.?!]{0,20}\bvlans?\b|\bconfigure (?:a |the )?(?:cisco |juniper |aruba )?(?:switch|router|firewall)\b|\bfeature differences?\b|\b(?:mde )?p1 (?:vs\.?|versus) (?:mde )?p2\b|\bshared mailbox(?:es)?\b|\bmailbox(?:es)?\b|\bwindows server\b|\bby core\b|\bper core\b/;

/** Words only an eIoT question uses (unlike "licence", which any product has). */
const ELIOT_WORDS =
  /\b(?:committed devices|(?<!\b(?:intune|windows|copilot|teams phone)\b[^.?!]{0,30})per[- ]device|legacy (?:[a-z0-9-]+ ){0,2}plan|eiot|enterprise iot|defender for iot|iot (?:devices?|monitoring|security|licen[cs]es?|licenses?)|device inventory|device (?:number|count)s? for|device licen[cs]es?|standalone|(?:iot|device) add-?ons?|device discovery)\b|^(?:please )?(?:turn|switch) (?:it|this|that) off\b[^?]*\b(?:flagging|alerts?|vulnerabilit(?:y|ies))\b/;

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
  // "[REQ…] eIoT licences / Description: What's the weather in Seattle?": the question itself is another topic.
  const lastQuestion = lastQuestionOf(text);
  if (matched.length === 0 && lastQuestion && OTHER_TOPIC.test(lastQuestion) && !ELIOT_WORDS.test(lastQuestion)) {
    return { matched: [], weak: new Set(), onTopic: false, offTopic: true };
  }
  return { matched, weak, onTopic: ON_TOPIC.test(text), offTopic: false };
}

/** The sentence that holds the message's last question mark (plain string search: linear on any input). */
function lastQuestionOf(text: string): string {
  const mark = text.lastIndexOf('?');
  if (mark < 0) return '';
  const start = Math.max(text.lastIndexOf('.', mark - 1), text.lastIndexOf('!', mark - 1), text.lastIndexOf('\n', mark - 1), text.lastIndexOf('?', mark - 1)) + 1;
  return text.slice(start, mark + 1);
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
