import { describe, expect, it } from 'vitest';
import { KnowledgeBase, knowledge, knowledgeData } from '../../src/domain/knowledge';

describe('knowledge base', () => {
  it('has every procedure with steps, a source citation and a resolvable link', () => {
    for (const p of Object.values(knowledge.procedures)) {
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.source.citation).toMatch(/Microsoft Learn/);
      expect(knowledge.links[p.source.link].url).toMatch(/^https:\/\//);
    }
  });

  it('keeps the seed procedure wording (trial, purchase, turn off, cancel)', () => {
    expect(knowledge.procedures.trial.steps.join(' ')).toContain('Secure your IoT devices with Defender for IoT');
    expect(knowledge.procedures.purchase.steps.join(' ')).toContain('Billing** > **Purchase services');
    expect(knowledge.procedures.turn_off.appliesTo).toMatch(/no standalone/);
    expect(knowledge.procedures.cancel_legacy.notes.join(' ')).toContain('one hour');
    expect(knowledge.procedures.count_devices.notes.join(' ')).toContain('Computers & Mobile');
  });

  it('rejects a broken entry (missing steps, bad URL)', () => {
    const broken = structuredClone(knowledgeData) as unknown as { procedures: { trial: { steps: string[] } }; links: { billing: { url: string } } };
    broken.procedures.trial.steps = [];
    expect(KnowledgeBase.safeParse(broken).success).toBe(false);
    const badUrl = structuredClone(knowledgeData) as unknown as { links: { billing: { url: string } } };
    badUrl.links.billing.url = 'not a url';
    expect(KnowledgeBase.safeParse(badUrl).success).toBe(false);
  });
});
