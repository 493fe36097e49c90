import { describe, expect, it } from 'vitest';
import { understand } from '#src/understanding/intent.js';

describe('first-pass understanding', () => {
  it.each(['bot làm được gì', 'Bot làm được những gì?', 'hướng dẫn', 'huong dan', 'giúp', 'help'])('"%s" asks for help', (text) => {
    expect(understand(text)).toEqual({ intent: 'help' });
  });

  it('reads slash commands, with or without arguments and a bot mention', () => {
    expect(understand('/trogiup')).toEqual({ intent: 'command', command: 'trogiup', args: '' });
    expect(understand('/nhiemvu  Sở Tư pháp ')).toEqual({ intent: 'command', command: 'nhiemvu', args: 'Sở Tư pháp' });
    expect(understand('/nhiemvu@dondoc_bot STP')).toEqual({ intent: 'command', command: 'nhiemvu', args: 'STP' });
  });

  it.each([
    ['nhiệm vụ của Sở Tư pháp', 'Sở Tư pháp'],
    ['Nhiệm vụ của Sở Tư pháp?', 'Sở Tư pháp'],
    ['nhiem vu cua so tu phap', 'so tu phap'],
    ['nv của STP ạ', 'STP'],
    ['xem nhiệm vụ Sở Y tế', 'Sở Y tế'],
    ['Sở Tư pháp có nhiệm vụ gì', 'Sở Tư pháp'],
    ['so tu phap con viec gi chua xong a', 'so tu phap'],
  ])('"%s" asks for the tasks of "%s"', (text, agencyText) => {
    expect(understand(text)).toEqual({ intent: 'tasks_of_agency', agencyText });
  });

  it.each(['cảm ơn nhé', 'alo', '', '???'])('"%s" is not understood and so never acted on', (text) => {
    expect(understand(text)).toEqual({ intent: 'unknown' });
  });
});
