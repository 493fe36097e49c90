import { describe, expect, it } from 'vitest';
import { focalChatIds } from '#src/conversation/roles.js';
import { buildSnapshot } from '#src/store/snapshot.js';
import { agencyToRecord, toHeaders } from '#src/store/rows.js';
import { loadTemplate } from '#src/store/template.js';
import { writableAddress as parseAddress } from '#src/chat/address.js';
import { coordinatorAddresses, recipientIndex } from '#src/reminders/recipients.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { agency } from './helpers.js';

const template = loadTemplate();
function snapshotOf(rows: ReturnType<typeof agency>[]) {
  const tab = template.tab('agencies');
  const headers = tab.columns.map((c) => c.header);
  const values = rows.map((a) => {
    const record = toHeaders(tab, agencyToRecord(a));
    return headers.map((h) => record[h] ?? '');
  });
  return buildSnapshot(template, '1', [{ name: tab.name, headers, rows: values }]);
}

const ROWS = [
  agency('Sở Tư pháp', { aliases: ['STP'], telegram: ['1002', '@stp_dau_moi'], zalo: ['z-stp'] }),
  agency('Sở Nội vụ', { telegram: ['1001'], groupChat: 'telegram:-100500' }),
  agency('Sở Tài chính', { telegram: ['1003'] }),
  agency('UBND huyện Đại Từ', { kind: 'district', zalo: ['z-dt'] }),
];

describe('who hears of a task', () => {
  const snapshot = snapshotOf(ROWS);
  const lookup = createAgencyLookup(snapshot.agencies);
  const index = recipientIndex(snapshot, lookup);
  const keys = (lead: string) =>
    index
      .forLead(lead)
      .recipients.map((r) => `${r.address.channel}:${r.address.chatId}${r.via === 'lead' ? '' : ` (${r.via})`}`)
      .sort();

  it('the lead agency’s focal points, as focalChatIds lists them (no @usernames), on Telegram and Zalo', () => {
    for (const name of ['Sở Tư pháp', 'STP', 'Sở Nội vụ', 'UBND huyện Đại Từ', 'Sở Y tế']) {
      const direct = index.forLead(name).recipients.filter((r) => r.via === 'lead');
      const canonical = lookup.canonical(name);
      expect(direct.filter((r) => r.address.channel === 'telegram').map((r) => r.address.chatId)).toEqual(
        focalChatIds(snapshot, canonical, 'telegram', lookup),
      );
      expect(direct.filter((r) => r.address.channel === 'zalo').map((r) => r.address.chatId)).toEqual(
        focalChatIds(snapshot, canonical, 'zalo', lookup),
      );
    }
    expect(keys('stp')).toEqual(['telegram:1002', 'zalo:z-stp']);
    expect(index.forLead('Sở Nội vụ').groupChat).toEqual({ channel: 'telegram', chatId: '-100500' });
    expect(index.forLead('Sở Y tế').recipients).toEqual([]);
  });

  it('every member’s focal points for a task given to a group, and the successor’s for a merged agency', () => {
    expect(keys('Các sở, ban, ngành')).toEqual([
      'telegram:1001 (member)',
      'telegram:1002 (member)',
      'telegram:1003 (member)',
      'zalo:z-stp (member)',
    ]);
    expect(keys('UBND các huyện, thành phố')).toEqual(['zalo:z-dt (member)']);
    // Sở Kế hoạch và Đầu tư was merged into Sở Tài chính (2025).
    expect(keys('Sở Kế hoạch và Đầu tư')).toEqual(['telegram:1003 (successor)']);
  });

  it('reads chat addresses as coordinators write them', () => {
    expect(parseAddress('telegram:-100123')).toEqual({ channel: 'telegram', chatId: '-100123' });
    expect(parseAddress(' Zalo:abc ')).toEqual({ channel: 'zalo', chatId: 'abc' });
    expect(parseAddress('telegram:@someone')).toBeNull();
    expect(parseAddress('-100123')).toBeNull();
    expect(coordinatorAddresses(['telegram:1', 'telegram:@x', 'zalo:y', 'telegram:1'])).toEqual([
      { channel: 'telegram', chatId: '1' },
      { channel: 'zalo', chatId: 'y' },
    ]);
  });
});
