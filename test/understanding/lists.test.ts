// Inventory lists name device kinds no pattern knows ("scales", "audio guide docks"); inside a list of counts that
// already holds known device kinds, such items count as devices. Outside one, or naming people, places or money,
// they do not.
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/understanding/recognizer';

describe('inventory lists', () => {
  it('counts unknown kinds in a list of known ones', () => {
    const q = recognize('stores: POS 1,120 / scales 560 / cameras 2,240 / fridge sensors 1,680 / printers 280. E5 licences 900. gap?');
    expect(q.devices?.total).toBe(5880);
    expect(q.licences?.microsoft365E5).toBe(900);
  });

  it('counts a museum list with multi-word kinds', () => {
    const q = recognize('museum here, small team. cameras 220, climate sensors 340, audio guide docks 45, kiosks 30, digital labels 180. 60 M365 E5.');
    expect(q.devices?.total).toBe(815);
  });

  it('leaves out Computers & Mobile, licences and people in the same list', () => {
    expect(recognize('network 1,020 / iot 2,980 / comp&mobile 7,500 / E5 700').devices?.total).toBe(4000);
    expect(recognize('cameras 300, printers 200, staff 1,200, budget 5000. E5 x 100').devices?.total).toBe(500);
  });

  it('needs two known device kinds before it guesses', () => {
    expect(recognize('cameras 40, widgets 70. E5 x 10').devices?.total).toBe(40);
  });
});
