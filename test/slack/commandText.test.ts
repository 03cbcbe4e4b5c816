import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, parseCommandText } from '../../src/channels/slack/commands';
import { parseForm, parseInteraction } from '../../src/channels/slack/forms';

describe('parseCommandText', () => {
  it('reads help, share and plain questions', () => {
    expect(parseCommandText('')).toEqual({ kind: 'help' });
    expect(parseCommandText('   ')).toEqual({ kind: 'help' });
    expect(parseCommandText('Help')).toEqual({ kind: 'help' });
    expect(parseCommandText('share help')).toEqual({ kind: 'help' });
    expect(parseCommandText('1679 devices and 320 E5')).toEqual({ kind: 'ask', question: '1679 devices and 320 E5', share: false });
    expect(parseCommandText('SHARE   1679 devices')).toEqual({ kind: 'ask', question: '1679 devices', share: true });
    expect(parseCommandText('share\t1679 devices')).toEqual({ kind: 'ask', question: '1679 devices', share: true });
    // Only the word "share" switches to the channel.
    expect(parseCommandText('shared devices: 40, 8 E5')).toEqual({ kind: 'ask', question: 'shared devices: 40, 8 E5', share: false });
  });
  it('refuses text over the limit, counting the trimmed text', () => {
    expect(parseCommandText('x'.repeat(MAX_QUESTION_LENGTH))).toMatchObject({ kind: 'ask' });
    expect(parseCommandText(' ' + 'x'.repeat(MAX_QUESTION_LENGTH) + ' ')).toMatchObject({ kind: 'ask' });
    expect(parseCommandText('x'.repeat(MAX_QUESTION_LENGTH + 1))).toEqual({ kind: 'too_long', length: MAX_QUESTION_LENGTH + 1 });
  });
});

describe('forms', () => {
  it('decodes urlencoded bodies, first value wins', () => {
    expect(parseForm(Buffer.from('command=%2Feiot&text=1679+devices+%26+320+E5&text=second'))).toEqual({
      command: '/eiot',
      text: '1679 devices & 320 E5',
    });
  });
  it('sorts interactions into block_actions, other types and invalid ones', () => {
    const actions = { type: 'block_actions', response_url: 'https://hooks.slack.com/a', actions: [{ action_id: 'eiot_ask_0', type: 'button', value: 'q' }] };
    expect(parseInteraction({ payload: JSON.stringify(actions) })).toMatchObject({ kind: 'block_actions' });
    expect(parseInteraction({ payload: JSON.stringify({ type: 'view_submission' }) })).toEqual({ kind: 'other', type: 'view_submission' });
    expect(parseInteraction({})).toMatchObject({ kind: 'invalid' });
    expect(parseInteraction({ payload: '[' })).toMatchObject({ kind: 'invalid' });
    expect(parseInteraction({ payload: 'null' })).toMatchObject({ kind: 'invalid' });
    const invalid = parseInteraction({ payload: JSON.stringify({ ...actions, actions: [{ type: 'button' }] }) });
    expect(invalid).toEqual({ kind: 'invalid', problem: 'the block_actions payload has bad or missing fields: actions.0.action_id' });
  });
});
