import { describe, expect, it } from 'vitest';
import { respond, type ConversationMemory } from '../../src/conversation/session';

function chat(...messages: string[]) {
  let memory: ConversationMemory = {};
  return messages.map((m) => {
    const turn = respond(memory, m);
    memory = turn.memory;
    return { answer: turn.answer, memory };
  });
}

describe('multi-turn slot filling', () => {
  it('asks for licences, then answers when they come', () => {
    const [first, second] = chat('I have 1679 devices', '320 E5');
    expect(first?.answer.missing).toEqual(['licenses']);
    expect(first?.answer.ask).toMatch(/E5 .*licences/);
    expect(first?.memory.awaiting).toBe('licenses');
    expect(second?.answer.gap).toBe(79);
    expect(second?.answer.coveredDevices).toBe(1600);
  });

  it('takes a bare number as the figure it asked for', () => {
    const turns = chat('I have 1679 devices', '320');
    expect(turns[1]?.answer.gap).toBe(79);
    const other = chat('we have 320 E5', '1679');
    expect(other[1]?.answer.totalDevices).toBe(1679);
    expect(other[1]?.answer.gap).toBe(79);
  });

  it('"what if we had 400?" reuses the remembered devices', () => {
    const turns = chat('I have 1679 devices and 320 E5', 'what if we had 400?');
    expect(turns[1]?.answer.totalDevices).toBe(1679);
    expect(turns[1]?.answer.coveredDevices).toBe(2000);
    expect(turns[1]?.answer.gap).toBe(0);
  });

  it('"what if we buy another 40 E5 Security?" adds to the remembered licences instead of replacing them', () => {
    const turns = chat('I have 1679 devices and 320 E5', 'what if we buy another 40 E5 Security?', 'and what if we drop 100 E5?', 'what if we add 50 more?');
    expect(turns.slice(1).map((t) => [t.answer.coveredDevices, t.answer.gap])).toEqual([
      [1800, 0],
      [1300, 379],
      [1550, 129],
    ]);
  });

  it('a change with nothing remembered asks for the figures rather than taking the change as the holdings', () => {
    const [only] = chat('what if we buy another 40 E5 Security?');
    expect(only?.answer.coveredDevices).toBeNull();
    expect(only?.answer.missing).toEqual(['devices', 'licenses']);
  });

  it('"and if we add 50 more cameras?" adds to the remembered devices, and "with 10 more E5 Security on top" to the licences', () => {
    const turns = chat('I have 1679 devices and 320 E5', 'and if we add 50 more cameras?', 'and with 10 more E5 Security on top?', 'what if we remove 100 devices?');
    expect(turns.slice(1).map((t) => [t.answer.totalDevices, t.answer.coveredDevices, t.answer.gap])).toEqual([
      [1729, 1600, 129],
      [1729, 1650, 79],
      [1629, 1650, 0],
    ]);
    const [alone] = chat('and if we add 50 more cameras?');
    expect(alone?.answer.totalDevices).toBeNull();
    expect(alone?.answer.missing).toEqual(['devices', 'licenses']);
  });

  it('a device change in the same message as the count moves that count, unless the user already added it', () => {
    const [added] = chat('1679 devices and 320 E5, what if we add 100 cameras?');
    expect([added?.answer.totalDevices, added?.answer.gap]).toEqual([1779, 179]);
    const [already] = chat("if we add 150 more IoT devices next quarter we'd be at 1,950 total with the same 350 E5s - what's the gap then?");
    expect(already?.answer.totalDevices).toBe(1950);
  });

  it('a new device count keeps the remembered licences', () => {
    const turns = chat('1679 devices and 320 E5', 'what about 2000 devices?');
    expect(turns[1]?.answer.gap).toBe(400);
  });

  it('"none" answers the licence question as zero', () => {
    const turns = chat('I have 80 devices', 'none');
    expect(turns[1]?.answer.coveredDevices).toBe(0);
    expect(turns[1]?.answer.gap).toBe(80);
    expect(turns[1]?.answer.procedures.map((p) => p.id)).toEqual(['trial', 'purchase']);
  });

  it('"start over" forgets everything', () => {
    const turns = chat('I have 1679 devices', 'start over', '320 E5');
    expect(turns[1]?.memory).toEqual({});
    expect(turns[2]?.answer.missing).toEqual(['devices']);
  });

  it('a procedure question in the middle keeps the figures for later', () => {
    const turns = chat('I have 1679 devices', 'how do I start a trial?', '320 E5');
    expect(turns[1]?.answer.intent).toBe('trial');
    expect(turns[2]?.answer.gap).toBe(79);
  });

  it('an unclear reply asks again instead of guessing', () => {
    const turns = chat('I have 1679 devices', 'hmm not sure');
    expect(turns[1]?.answer.gap).toBeNull();
  });
});

describe('answers that fit the situation', () => {
  it('gap: purchase steps, buffer note, working', () => {
    const [t] = chat('I have 1679 devices and 320 E5');
    expect(t?.answer.headline).toBe('You need 79 standalone device licences');
    expect(t?.answer.calculation?.working).toEqual(['320 × 5 = 1600 devices covered by E5', '1679 − 1600 = 79 standalone licences needed']);
    expect(t?.answer.procedures.map((p) => p.id)).toEqual(['purchase']);
    expect(t?.answer.notes.join(' ')).toMatch(/1700 devices, i\.e\. 100 licences/);
  });

  it('covered: headroom and turn-on steps', () => {
    const [t] = chat('1579 devices and 320 E5');
    expect(t?.answer.headline).toBe("You're covered, with 21 devices of headroom");
    expect(t?.answer.procedures.map((p) => p.id)).toEqual(['turn_on']);
  });

  it('MDE P2 only: trial then purchase', () => {
    const [t] = chat('120 devices, MDE P2 only');
    expect(t?.answer.gap).toBe(120);
    expect(t?.answer.procedures.map((p) => p.id)).toEqual(['trial', 'purchase']);
    expect(t?.answer.notes.join(' ')).toMatch(/P2 alone includes no Enterprise IoT devices/);
  });

  it('figures beside another question: that answer, with the gap in a note', () => {
    const [on] = chat('enable eIoT pls, E5 Security x 90, 510 devices');
    expect(on?.answer.intent).toBe('turn_on');
    expect(on?.answer.gap).toBe(60);
    expect(on?.answer.notes[0]).toBe('With your figures (510 devices, 450 covered by licences) you need 60 standalone device licences.');
    const [portal] = chat('We have 200 E5 and 900 devices; which portal do I use now?');
    expect(portal?.answer.intent).toBe('portal_name');
    expect(portal?.answer.notes[0]).toBe('With your figures (900 devices, 1000 covered by licences) you are covered, with 100 devices of headroom.');
    // Asking for the gap keeps it a calculation.
    const [calc] = chat('how do I turn it on, and how many licences do we need? 300 E5, 1,700 devices');
    expect(calc?.answer.intent).toBe('calculate');
  });

  it('ineligible plans are named as such', () => {
    const [t] = chat('500 devices and 200 E3');
    expect(t?.answer.notes.join(' ')).toMatch(/E3 is not listed as eligible/);
  });

  it.each([
    ['How do I start a trial?', 'trial', /Secure your IoT devices with Defender for IoT/],
    ['how do I count devices?', 'count_devices', /Network devices.*IoT devices/],
    ['how do I buy standalone licences?', 'purchase', /Purchase services/],
    ['how do I turn on enterprise IoT?', 'turn_on', /Toggle the option to \*\*On\*\*/],
    ['how do I turn off eIoT?', 'turn_off', /Toggle the option to \*\*Off\*\*/],
    ['cancel my legacy plan', 'cancel_legacy', /Cancel plan/],
    ['what are the prerequisites?', 'prerequisites', /Global administrator/],
  ])('%s -> %s with the seed steps', (text, id, step) => {
    const [t] = chat(text);
    expect(t?.answer.intent).toBe(id);
    expect(t?.answer.procedures[0]?.steps.join(' ')).toMatch(step);
    expect(t?.answer.procedures[0]?.source.url).toMatch(/^https:\/\/learn\.microsoft\.com/);
  });

  it.each([
    ['how many devices does an E5 licence cover?', 'devices_per_licence', /5 Enterprise IoT devices/],
    ['do I have to round up to 100?', 'per_device_licensing', /per device/],
    ['how long is the trial?', 'trial', /90 days/],
    ['do inactive devices count?', 'count_devices', /30 days/],
    ['can I use this for my factory PLCs?', 'ot_out_of_scope', /per site/],
    ['how much does a licence cost?', 'pricing', /no price/],
    ['what happened to Microsoft 365 Defender, was it renamed?', 'portal_name', /Defender XDR/],
  ])('knowledge: %s', (text, intent, fact) => {
    const [t] = chat(text);
    expect(t?.answer.intent).toBe(intent);
    const a = t?.answer;
    const said = [a?.headline, ...(a?.summary ?? []), ...(a?.notes ?? []), ...(a?.procedures.flatMap((p) => p.notes) ?? [])];
    expect(said.join(' ')).toMatch(fact);
  });

  it('off-topic questions say what the bot can do', () => {
    const [t] = chat('what is the weather in Paris?');
    expect(t?.answer.intent).toBe('unknown');
    expect(t?.answer.summary.join(' ')).toMatch(/standalone licences/);
  });
});
