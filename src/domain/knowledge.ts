// The licensing knowledge base: links, procedures and short facts, as typed data checked by zod at load.
// Every item names its source (seed document or later Learn page, see shared/domain/FACTS.md).
import { z } from 'zod';

export const LinkId = z.enum([
  'manageEiot',
  'billing',
  'conceptEnterprise',
  'defenderPortal',
  'adminCenter',
  'pricing',
  'eiotDefenderForEndpoint',
]);
export type LinkId = z.infer<typeof LinkId>;

const Link = z.object({ title: z.string().min(1), url: z.url() });
export type Link = z.infer<typeof Link>;

const Source = z.object({
  /** Short citation: which document and version the text comes from. */
  citation: z.string().min(1),
  link: LinkId,
});
export type Source = z.infer<typeof Source>;

export const ProcedureId = z.enum([
  'trial',
  'count_devices',
  'purchase',
  'turn_on',
  'turn_off',
  'cancel_legacy',
  'prerequisites',
]);
export type ProcedureId = z.infer<typeof ProcedureId>;

const Procedure = z.object({
  id: ProcedureId,
  title: z.string().min(1),
  /** Who the procedure is for; shown above the steps. */
  appliesTo: z.string().min(1),
  /** Steps as in the seed document. `**x**` marks a UI label. */
  steps: z.array(z.string().min(1)).min(1),
  /** What later versions of the page changed, mentioned as notes. */
  laterChanges: z.array(z.string().min(1)),
  notes: z.array(z.string().min(1)),
  /** Where the steps are done (button in a card). */
  portal: LinkId.optional(),
  source: Source,
});
export type Procedure = z.infer<typeof Procedure>;

export const FactId = z.enum([
  'devices_per_licence',
  'per_device_licensing',
  'ot_out_of_scope',
  'pricing',
  'portal_name',
  'trial_terms',
  'excluded_devices',
  'counting_rule_changed',
  'ineligible_plans',
  'mde_p2_only',
]);
export type FactId = z.infer<typeof FactId>;

const Fact = z.object({ id: FactId, text: z.string().min(1), source: Source });
export type Fact = z.infer<typeof Fact>;

export const KnowledgeBase = z.object({
  links: z.record(LinkId, Link),
  procedures: z.record(ProcedureId, Procedure),
  facts: z.record(FactId, Fact),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;

const seedHowTo = 'Manage enterprise IoT monitoring support (Microsoft Learn, 2023-09-13)';
const seedConcept = 'Securing IoT devices in the enterprise (Microsoft Learn, 2023-09-13)';
const billing = 'Defender for IoT subscription billing (Microsoft Learn, 2023-11 and 2025-11)';

export const knowledgeData = {
  links: {
    manageEiot: {
      title: 'Manage enterprise IoT monitoring support',
      url: 'https://learn.microsoft.com/en-us/azure/defender-for-iot/organizations/manage-subscriptions-enterprise',
    },
    billing: {
      title: 'Defender for IoT subscription billing',
      url: 'https://learn.microsoft.com/en-us/azure/defender-for-iot/organizations/billing',
    },
    conceptEnterprise: {
      title: 'Securing IoT devices in the enterprise',
      url: 'https://learn.microsoft.com/en-us/azure/defender-for-iot/organizations/concept-enterprise',
    },
    eiotDefenderForEndpoint: {
      title: 'Get started with enterprise IoT monitoring in Microsoft Defender XDR',
      url: 'https://learn.microsoft.com/en-us/azure/defender-for-iot/organizations/eiot-defender-for-endpoint',
    },
    defenderPortal: { title: 'Microsoft Defender portal', url: 'https://security.microsoft.com/' },
    adminCenter: {
      title: 'Microsoft 365 admin center',
      url: 'https://portal.office.com/AdminPortal/Home#/catalog',
    },
    pricing: {
      title: 'Defender for IoT pricing',
      url: 'https://www.microsoft.com/en-us/security/business/endpoint-security/microsoft-defender-iot-pricing',
    },
  },
  procedures: {
    trial: {
      id: 'trial',
      title: 'Start an Enterprise IoT trial',
      appliesTo:
        'Customers with a Microsoft Defender for Endpoint P2 licence only. ME5 / E5 Security customers have Enterprise IoT on by default and need no trial.',
      steps: [
        'Go to the Microsoft 365 admin center > **Trials**.',
        'In the **Security trials** area, find the **Secure your IoT devices with Defender for IoT** card.',
        'Select **Learn more** > **Start trial**.',
      ],
      laterChanges: [
        'Newer docs: admin center > **Marketplace**, search **Microsoft Defender for IoT - EIoT Device License - add-on** (filter Other services) > **Details** > **Start free trial** > **Try now**.',
      ],
      notes: [
        'The trial covers 100 devices for 90 days (billing page, Nov 2023; the 2025 page keeps 100 devices and no longer states the length).',
        'If no licence is bought by the end of the trial, it is cancelled automatically.',
      ],
      portal: 'adminCenter',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    count_devices: {
      id: 'count_devices',
      title: 'Count the devices you monitor',
      appliesTo:
        'ME5 / E5 Security customers who may need more than 5 devices per licence, and MDE P2 customers buying standalone licences.',
      steps: [
        'In the Microsoft Defender portal, select **Assets** > **Devices** to open the **Device inventory**.',
        'Add the totals of the **Network devices** and **IoT devices** tabs.',
        'Compare the total with 5 × your ME5 / E5 Security licences plus any standalone licences you own.',
      ],
      laterChanges: [
        'Since 2024 the docs say to count the **IoT devices** tab only (example: 1204 IoT devices, 240 ME5 cover 1200, 4 more needed).',
      ],
      notes: [
        'Devices on the **Computers & Mobile** tab are not counted, including those managed by Defender for Endpoint.',
        'Also not counted: public internet IPs, multicast and broadcast groups, and devices with no network activity for more than 30 days.',
      ],
      portal: 'defenderPortal',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    purchase: {
      id: 'purchase',
      title: 'Buy standalone per-device licences',
      appliesTo:
        'ME5 / E5 Security customers who need more than 5 devices per licence, and MDE P2 customers adding Enterprise IoT.',
      steps: [
        'Go to the Microsoft 365 admin center > **Billing** > **Purchase services** (or **Marketplace** if that option is missing).',
        'Search for **Microsoft Defender for IoT** and find **Microsoft Defender for IoT - Enterprise IoT**.',
        'Enter the number of licences you need and select **Details** > **Purchase**.',
      ],
      laterChanges: [
        'The item is now called **Microsoft Defender for IoT - EIoT Device License - add-on**: enter the quantity, choose the billing frequency, then **Buy**.',
      ],
      notes: ['One standalone licence covers one device. No price is documented: see the pricing page.'],
      portal: 'adminCenter',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    turn_on: {
      id: 'turn_on',
      title: 'Turn on Enterprise IoT security',
      appliesTo: 'ME5 / E5 Security customers (with standalone licences the toggle is already on and read-only).',
      steps: [
        'In the Microsoft Defender portal, select **Settings** > **Device discovery** > **Enterprise IoT**.',
        'Toggle the option to **On**.',
      ],
      laterChanges: [],
      notes: ['Device discovery must be on: **Settings** > **Endpoints** > **Advanced features**.'],
      portal: 'defenderPortal',
      source: {
        citation: 'Get started with enterprise IoT monitoring in Microsoft Defender XDR (Microsoft Learn)',
        link: 'eiotDefenderForEndpoint',
      },
    },
    turn_off: {
      id: 'turn_off',
      title: 'Turn off Enterprise IoT security',
      appliesTo: 'Only customers with no standalone per-device licences.',
      steps: [
        'In the Microsoft Defender portal, select **Settings** > **Device discovery** > **Enterprise IoT**.',
        'Toggle the option to **Off**.',
      ],
      laterChanges: [],
      notes: [
        'You stop getting Enterprise IoT security value: purpose-built alerts, vulnerabilities and recommendations.',
      ],
      portal: 'defenderPortal',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    cancel_legacy: {
      id: 'cancel_legacy',
      title: 'Cancel a legacy Enterprise IoT plan',
      appliesTo: 'Customers with a legacy Enterprise IoT plan who are not ME5 / E5 Security customers.',
      steps: [
        'In the Microsoft Defender portal, select **Settings** > **Device discovery** > **Enterprise IoT**.',
        'Select **Cancel plan** (this page exists only for legacy Enterprise IoT plans).',
      ],
      laterChanges: [
        'Since Nov 2023, customers with a legacy plan and ME5 / E5 Security were moved to the new licensing automatically at no charge; legacy-only plans run until they expire.',
      ],
      notes: [
        'The cancellation takes effect one hour after you confirm; it shows on your next monthly statement and you are charged for the time the plan was in effect.',
        'Data from an Enterprise IoT network sensor (public preview) stays in the portal: delete it by hand if you no longer need the service.',
      ],
      portal: 'defenderPortal',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    prerequisites: {
      id: 'prerequisites',
      title: 'Prerequisites',
      appliesTo: 'Everyone managing Enterprise IoT monitoring.',
      steps: [
        'Licences: Microsoft 365 E5 (ME5) or E5 Security (with Defender for Endpoint P2, which they include), or Defender for Endpoint P2 alone plus standalone per-device Enterprise IoT licences.',
        'Access to the Microsoft Defender portal as a **Global administrator**.',
        'An Azure subscription.',
        'Roles: **Global administrator** in Microsoft Entra ID for the Microsoft 365 tenant, and **Security admin**, **Contributor** or **Owner** (Azure RBAC) on the Azure subscription used for the integration.',
      ],
      laterChanges: [
        'Later versions need Global administrator only (2023-24), then **Security administrator** in the Defender portal (2024 on).',
      ],
      notes: [
        'Microsoft 365 E3, Defender for Endpoint P1, Business Premium and Defender for Business are not listed as eligible.',
      ],
      portal: 'defenderPortal',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
  },
  facts: {
    devices_per_licence: {
      id: 'devices_per_licence',
      text: 'Each Microsoft 365 E5 (ME5) or E5 Security licence covers up to 5 Enterprise IoT devices (for example 500 ME5 licences cover 2500 devices). One standalone licence covers one device.',
      source: { citation: billing, link: 'billing' },
    },
    per_device_licensing: {
      id: 'per_device_licensing',
      text: 'Standalone Enterprise IoT licences are sold per device, so you buy exactly the gap. The 2023 docs step "round up your total to a multiple of 100" is left over from the legacy plans (2022 to mid-2023), which were bought as committed devices in blocks of 100; the same page\'s own example answers 79, not 100.',
      source: { citation: billing, link: 'billing' },
    },
    ot_out_of_scope: {
      id: 'ot_out_of_scope',
      text: 'OT monitoring (factory PLCs, SCADA, industrial networks) is a different Defender for IoT product line, licensed per site. This bot covers Enterprise IoT only: see the OT plans documentation.',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    pricing: {
      id: 'pricing',
      text: 'The docs give no price for Enterprise IoT licences (prices in their screenshots are examples only). Check the Defender for IoT pricing page or your Microsoft account team.',
      source: { citation: billing, link: 'pricing' },
    },
    portal_name: {
      id: 'portal_name',
      text: '"Microsoft 365 Defender" in the docs was renamed Microsoft Defender XDR, and the newest pages say "the Defender portal". Same URL and menus: https://security.microsoft.com/',
      source: { citation: seedConcept, link: 'defenderPortal' },
    },
    trial_terms: {
      id: 'trial_terms',
      text: 'The Enterprise IoT trial covers 100 devices for 90 days (billing page, Nov 2023; the 2025 page keeps 100 devices and drops the length). If no licence is bought by the end, the trial is cancelled automatically.',
      source: { citation: billing, link: 'billing' },
    },
    excluded_devices: {
      id: 'excluded_devices',
      text: 'Not counted: devices on the Computers & Mobile tab (including those managed by Defender for Endpoint), public internet IPs, multicast and broadcast groups, and devices with no network activity for more than 30 days.',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    counting_rule_changed: {
      id: 'counting_rule_changed',
      text: 'Newer versions of the docs (2024 on) count the IoT devices tab only, not Network devices + IoT devices as the 2023 page does.',
      source: { citation: 'Manage enterprise IoT monitoring support (Microsoft Learn, 2024 and later)', link: 'manageEiot' },
    },
    ineligible_plans: {
      id: 'ineligible_plans',
      text: 'Microsoft 365 E3, Defender for Endpoint P1, Business Premium and Defender for Business are not listed as eligible: they include no Enterprise IoT devices.',
      source: { citation: seedHowTo, link: 'manageEiot' },
    },
    mde_p2_only: {
      id: 'mde_p2_only',
      text: 'Defender for Endpoint P2 alone includes no Enterprise IoT devices: every device needs a standalone licence (or a trial to start with).',
      source: { citation: seedConcept, link: 'conceptEnterprise' },
    },
  },
} satisfies KnowledgeBase;

/** Parsed once at load: a bad edit to the data fails loudly at start-up and in tests. */
export const knowledge: KnowledgeBase = KnowledgeBase.parse(knowledgeData);

export function procedure(id: ProcedureId): Procedure {
  return knowledge.procedures[id];
}

export function fact(id: FactId): Fact {
  return knowledge.facts[id];
}

export function link(id: LinkId): Link {
  return knowledge.links[id];
}
