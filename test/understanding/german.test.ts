// German questions (de-DE users): the glossary turns the licensing words into English before the rules run.
import { describe, expect, it } from 'vitest';
import { germanToEnglish } from '../../src/understanding/german';
import { recognize } from '../../src/understanding/recognizer';

const de = (text: string) => recognize(text, { locale: 'de-DE' });

describe('German questions', () => {
  it.each([
    ['Gibt es eine Testversion für Enterprise IoT?', 'trial'],
    ['Wo kaufe ich zusätzliche eIoT-Lizenzen?', 'purchase'],
    ['Wie aktiviere ich Enterprise IoT?', 'turn_on'],
    ['Wie deaktiviere ich Enterprise IoT?', 'turn_off'],
    ['Wie kündige ich den alten Enterprise-IoT-Plan?', 'cancel_legacy'],
    ['Welche Rollen und Lizenzen brauche ich für eIoT?', 'prerequisites'],
    ['Welche Geräte zählen für die eIoT-Lizenzierung?', 'count_devices'],
    ['Wie viele Geräte deckt eine E5-Lizenz ab?', 'devices_per_licence'],
    ['Was kostet eine eIoT-Einzellizenz?', 'pricing'],
    ['Fallen unsere Produktionsanlagen (SPS, Leitsysteme) auch unter Enterprise IoT?', 'ot_out_of_scope'],
  ])('%s -> %s', (text, intent) => {
    expect(de(text).intent).toBe(intent);
  });

  it('reads compound device nouns by their last part and keeps the first part', () => {
    const q = de('Logistik: Handscanner 2.750, Etikettendrucker 410, Torsteuerungen 90, Badge-Leser 40. Lizenzen: E5 Security 600');
    expect(q.devices?.total).toBe(3290);
    expect(q.licences?.e5Security).toBe(600);
    expect(de('Wie lizenziere ich OT-Sensoren für unsere Fabrik?').intent).toBe('ot_out_of_scope');
  });

  it('reads a German inventory with inactive devices and German number separators', () => {
    const q = de('Geräte: 2.000 IoT, 500 Netzwerk, davon 300 seit über 30 Tagen inaktiv. 400 M365 E5');
    expect(q.intent).toBe('calculate');
    expect(q.devices?.total).toBe(2200);
    expect(q.licences?.microsoft365E5).toBe(400);
  });

  it('sums network and IoT devices written as German compounds', () => {
    const q = de('Netzwerkgeräte 320, IoT-Geräte 1.480, E5: 350');
    expect(q.devices?.total).toBe(1800);
  });

  it('leaves English text alone', () => {
    const english = 'how many devices does one e5 cover? we have 300 e5 and 1,679 devices';
    expect(germanToEnglish(english)).toBe(english);
  });
});
