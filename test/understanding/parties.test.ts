// A partner describing two customers and asking about one: only the asked customer's figures count.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/conversation/session';

const figures = (text: string) => {
  const a = answerQuestion(text);
  return { intent: a.intent, totalDevices: a.totalDevices, coveredDevices: a.coveredDevices, gap: a.gap };
};

describe('two customers in one message', () => {
  it.each([
    ['Customer A: 310 E5, 1,400 devices. Customer B: 45 E5, 260 devices. Does B need extra licences?', 260, 225, 35],
    ['Customer A: 310 E5, 1,400 devices. Customer B: 45 E5, 260 devices. What does customer A need?', 1400, 1550, 0],
    ['client A has 900 IoT devices with 200 E5; client B has 50 IoT devices, MDE P2 only. how many licences for client B?', 50, 0, 50],
    // Parties by name.
    ['Two tenants I look after: Fabrikam (E5 x 200, 1,150 devices on Network+IoT tabs) and Northwind (E5 x 80, 515 devices). How many add-on licences does Northwind need?', 515, 400, 115],
    ['Three tenants on my plate: T1 70 E5 / 390 devices, T2 210 E5 / 1,020 devices, T3 MDE P2 only / 64 devices. Start with T3, what do they need to buy?', 64, 0, 64],
    ['tenant X: E5 320. tenant Y: E5 10. Tenant Y has 71 devices total on network+IoT. What does Y buy?', 71, 50, 21],
    ["Customer Litware: 5 ME5 and 19 IoT devices. Litware's sister company has 200 E5. Just Litware please - what do they need?", 19, 25, 0],
  ])('%s', (text, totalDevices, coveredDevices, gap) => {
    expect(figures(text)).toEqual({ intent: 'calculate', totalDevices, coveredDevices, gap });
  });

  it('keeps every figure when no single customer is asked about', () => {
    expect(figures('Customer A: 310 E5, 1,400 devices. Customer B: 45 E5, 260 devices. How many licences in total?')).toEqual({
      intent: 'calculate',
      totalDevices: 1660,
      coveredDevices: 1775,
      gap: 0,
    });
  });
});
