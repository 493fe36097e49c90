import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { featureNames, modelText } from '#src/understanding/model/features.js';
import { defaultIntentModel, MODEL_PATH } from '#src/understanding/model/intent-model.js';
import { trainIntentModel } from '#src/understanding/model/train-intent.js';
import { loadPart } from '#src/understanding/model/training-data.js';
import { fixTypos } from '#src/understanding/typos.js';
import { fold } from '#src/domain/text.js';
import { Explained } from '#src/understanding/types.js';
import { understandMessage } from '#src/understanding/understand.js';
import { whyLines } from '#src/understanding/why.js';

// Wednesday 12 June 2024, 09:00 in Hà Nội time: the instant the labelled messages assume.
const clock = fixedClock('2024-06-12T09:00:00');
const deps = { agencies: createAgencyLookup([]), now: () => clock.now(), slash: slashIntents(COMMANDS) };
const understand = (text: string) => understandMessage(text, deps);

describe('the intent model', () => {
  it('is trained the same way twice: the same data gives the same weights and hash', () => {
    const small = [loadPart('dev'), loadPart('dev2')].map((part) => ({
      ...part,
      messages: part.messages.slice(0, 120),
    }));
    const options = { train: { epochs: 3 } };
    const first = trainIntentModel(small, options);
    const second = trainIntentModel(small, options);
    expect(second.modelHash).toBe(first.modelHash);
    expect(second.dataHash).toBe(first.dataHash);
    // A different seed shuffles otherwise, so the hash names the weights, not just the data.
    expect(trainIntentModel(small, { train: { epochs: 3, seed: 7 } }).modelHash).not.toBe(first.modelHash);
  });

  it('ships as a small versioned file trained on the development parts only', () => {
    const model = defaultIntentModel();
    expect(model).not.toBeNull();
    expect(model?.info.trainedOn).not.toContain('test');
    expect(model?.info.trainedOn.length).toBeGreaterThanOrEqual(22);
    expect(model?.info.dataHash).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(MODEL_PATH).size).toBeLessThan(3 * 2 ** 20);
  });

  it('reads folded words with the task reference and digits replaced, never a plan code', () => {
    expect(modelText('TN60-05 đã xong 60%')).toBe('zref da xong 00%');
    expect(featureNames('Sở Tư pháp')).toEqual(expect.arrayContaining(['w:so', 'c:tu', 'b:so tu', 'first:so']));
  });
});

describe('writes only when sure', () => {
  it('a clear report of one task is written at once, and says the model decided', () => {
    const parsed = understand('TN60-05 đã hoàn thành');
    expect(parsed).toMatchObject({ intent: 'status_update', taskRef: 'TN60-05', status: 'done', confirm: false });
    expect(parsed.why).toMatchObject({ by: 'model', modelIntent: 'status_update' });
    expect(parsed.why.score).toBeGreaterThan(0.9);
  });

  it('a slash command is read by its syntax', () => {
    expect(understand('/capnhat TN60-05 đang làm 40%')).toMatchObject({
      intent: 'status_update',
      confirm: false,
      why: { by: 'rule', rule: 'slash-command' },
    });
  });

  it.each([
    'Hình như TN60-05 bên Y tế làm xong rồi thì phải',
    'chị Lan bảo GL24-11 xong từ tuần trước mà em chưa thấy văn bản',
    'tí em update tn60 14 nha, đang lái xe',
    'Theo kế hoạch thì tuần sau bên em mới bắt đầu làm GL24-19',
    'TN60-05 xong chưa?',
    'TN60-05 và TN60-06 đều xong rồi',
    'xin gia hạn TN60-05 đến 30/7 vì chưa có vốn',
  ])('"%s" is never written without asking', (text) => {
    const parsed = understand(text);
    expect(parsed.intent !== 'status_update' || parsed.confirm).toBe(true);
  });

  it('an unsure update carries confirm and the check that asked', () => {
    const parsed = understand('nghe nói TN60-05 đã xong rồi');
    if (parsed.intent === 'status_update') expect(parsed).toMatchObject({ confirm: true, why: { rule: 'hearsay' } });
    else expect(parsed.intent).not.toBe('status_update');
  });

  it('explain --json carries confirm and why; --why says it in plain lines', () => {
    const result = Explained.parse(understand('TN60-05 đã hoàn thành'));
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['confirm', 'why']));
    const lines = whyLines(result);
    expect(lines.join('\n')).toMatch(/mô hình: status_update \(\d+%\)/);
    expect(lines.join('\n')).toContain('sẽ ghi vào bảng ngay');
    const veto = whyLines(Explained.parse(understand('/capnhat TN60-05 xong')));
    expect(veto.join('\n')).toContain('quy tắc «slash-command»');
  });
});

describe('new intents', () => {
  it.each([
    ['xin gia hạn TN60-05 đến 30/7 vì chưa có vốn', 'TN60-05', '2024-07-30'],
    ['KH24-09 xin kéo dài sang quý 3 ạ', 'KH24-09', '2024-09-30'],
    ['Sở Y tế đề nghị lùi hạn GL24-30 đến hết ngày 25/6', 'GL24-30', '2024-06-25'],
    ['/giahan TN60-05 15/8 chờ ý kiến Bộ', 'TN60-05', '2024-08-15'],
  ])('"%s" asks to extend %s to %s, and is no update', (text, taskRef, newDate) => {
    expect(understand(text)).toMatchObject({ intent: 'extension_request', taskRef, newDate, status: null });
  });

  it('keeps the reason and the requesting agency', () => {
    expect(understand('UBND xã Tân Phú xin gia hạn TN60-05 đến 30/7 vì chờ ý kiến Bộ')).toMatchObject({
      agency: 'UBND xã Tân Phú',
      reason: 'chờ ý kiến Bộ',
    });
  });

  it.each([
    ['Cho nhóm này nhận bản tin nhiệm vụ của xã Tân Phú hằng tuần', 'UBND xã Tân Phú'],
    ['group này subscribe Tỉnh đoàn nhé', 'Tỉnh đoàn'],
    ['cho nhóm này nhận bản tin tuần', null],
  ])('"%s" subscribes, for %s', (text, agency) => {
    expect(understand(text)).toMatchObject({ intent: 'subscribe', agency });
  });

  it('a question about an extension is not a request', () => {
    expect(understand('NTM24-05 hạn có được lùi sang quý III không bot').intent).not.toBe('extension_request');
  });
});

describe('task references as said or mistyped', () => {
  it.each([
    ['KH24-O9 đang ở trạng thái nào', 'kh24-09'],
    ['xong tn60-l7', 'tn60-17'],
    ['nhiệm vụ tê nờ sáu mươi gạch bốn mươi tư hạn chót là ngày nào', 'tn60-44'],
    ['nhiệm vụ ca hát hai bốn gạch không ba đã hoàn thành', 'kh24-03'],
    ['em xin gia hạn nhiệm vụ gờ lờ hai bốn mười một', 'gl24-11'],
    ['nhiệm vụ mười hai bên em đang làm', 'nhiem vu 12'],
    ['Việc thứ tư kế hoạch sáu mươi giao cho ai', 'viec 4'],
  ])('"%s" holds %s', (text, expected) => {
    expect(fixTypos(fold(text))).toContain(expected);
  });

  it.each(['tôi có em hai ba năm mươi tuổi', 'việc sau em làm tiếp', 'nhiệm vụ năm 2024'])(
    '"%s" holds none',
    (text) => {
      expect(fixTypos(fold(text))).not.toMatch(/[a-z]\d+-\d|viec \d|nhiem vu \d/);
    },
  );
});
