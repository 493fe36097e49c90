/**
 * The words read around a local government's name: the unit words ("huyện", "thị xã", "xã"…),
 * the forms of "UBND", and the chat words before or after a name that make it a local
 * government, or something else (a group, a person, a street, a place one goes to).
 * All folded, as `keyWords` gives them.
 */
import type { DistrictUnit } from './districts.js';

export type LocalKind = 'district' | 'commune';

export interface Unit {
  ws: string[];
  kind: LocalKind;
  label: string;
  /** Whether the unit word alone (without "UBND") clearly names a local government. */
  bare: boolean;
}

// Longer units first so "thị xã" wins over "xã".
export const UNITS: readonly Unit[] = [
  { ws: ['thi', 'xa'], kind: 'district', label: 'thị xã', bare: true },
  { ws: ['thi', 'tran'], kind: 'commune', label: 'thị trấn', bare: true },
  { ws: ['thanh', 'pho'], kind: 'district', label: 'thành phố', bare: false },
  { ws: ['dac', 'khu'], kind: 'commune', label: 'đặc khu', bare: true },
  { ws: ['huyen'], kind: 'district', label: 'huyện', bare: true },
  { ws: ['quan'], kind: 'district', label: 'quận', bare: false },
  { ws: ['tp'], kind: 'district', label: 'thành phố', bare: false },
  { ws: ['tx'], kind: 'district', label: 'thị xã', bare: false },
  { ws: ['xa'], kind: 'commune', label: 'xã', bare: false },
  { ws: ['phuong'], kind: 'commune', label: 'phường', bare: false },
  // "p. Hòa Bình", "x.Tân Cương": the short forms, only before a listed commune's name.
  { ws: ['p'], kind: 'commune', label: 'phường', bare: false },
  { ws: ['x'], kind: 'commune', label: 'xã', bare: false },
];
export const UNIT_FIRST_WORDS: ReadonlySet<string> = new Set(UNITS.map((u) => u.ws[0] ?? ''));
export const UBND_FORMS: readonly string[][] = [['ubnd'], ['uy', 'ban', 'nhan', 'dan']];
/** Words that cannot start a place name: they mean a group ("UBND các huyện") or another unit. */
export const NOT_A_NAME: ReadonlySet<string> = new Set(['cac', 'cap', 'va', 'tinh', 'tren', 'trong', 'thuoc', 'thi', 'thanh', 'huyen', 'xa', 'phuong', 'quan']);
/** Chat words that end a place name in a longer message ("UBND huyện Đại Từ còn việc gì"). */
export const NAME_STOP: ReadonlySet<string> = new Set(['con', 'co', 'da', 'chua', 'thi', 'a', 'oi', 'nhe', 'la', 'va', 'voi', 'gi', 'nao', 'dang', 'can', 'phai', 'duoc', 'bi', 'cho', 've', 'tinh', 'mo', 'ni', 'rua', 'nhiem', 'viec']);
/** In chat, "huyện mình", "huyện em", "huyện này" are the writer's own district, not one named "Mình". */
export const PRONOUNS: ReadonlySet<string> = new Set(['minh', 'em', 'ta', 'toi', 'tui', 'nha', 'nay', 'do', 'ay', 'kia', 'khac', 'ban', 'anh', 'chi', 'chung', 'bon', 'ho', 'no', 'ben']);
/**
 * Words before a bare district name that make it something else: a commune or smaller place
 * ("xã Phú Bình", "thôn Đồng Hỷ"), a street, a river, a school, people ("dân Võ Nhai"), or a
 * place one goes to or is at ("bác đi Đại Từ", "họp tại Phú Lương"). A unit word before it is
 * read by `localGovernmentAt` instead.
 */
export const NOT_BARE_AFTER: ReadonlySet<string> = new Set([
  'xa', 'phuong', 'p', 'x', 'tran', 'huyen', 'quan', 'pho', 'tp', 'tx', 'tt', 'khu', 'thon', 'xom', 'lang', 'ap', 'ban', 'to', 'duong',
  'cau', 'song', 'nui', 'truong', 'ubnd', 'dan', 'nguoi', 'di', 'den', 'toi', 'o', 'len', 'xuong', 'sang', 'vao', 'ra', 'qua',
  'tai', 've', 'tham', 'tac', 'que',
]);
/** Words before a unit word that make it a level or a list, not one unit: "cấp huyện", "các huyện", "xã, phường, thị trấn". */
export const GROUP_BEFORE: ReadonlySet<string> = new Set(['cap', 'cac', 'moi', 'tung', 'nhieu', 'nhung', 'xa', 'phuong', 'huyen', 'tran']);
/** Words after which a name in chat is the agency asked about ("của Võ Nhai", "bot ơi Phú Bình…"). */
export const BARE_AFTER: ReadonlySet<string> = new Set(['cua', 'ben', 'cho', 'voi', 'phia', 'gui', 'nhac', 'doc', 'giao', 'la', 'thuoc', 'oi', 'bot', 'hoi']);
/** Family names, middle names and forms of address: "Đặng Xuân Trường", "anh Phú Bình" are people. */
export const PERSON_BEFORE: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ho', 'ngo', 'duong', 'ly', 'dinh',
  'mai', 'trinh', 'dao', 'luong', 'ha', 'cao', 'chu', 'ta', 'lam', 'trieu', 'kieu', 'quach', 'tong', 'doan', 'luu', 'khong',
  'van', 'thi', 'duc', 'huu', 'ngoc', 'anh', 'chi', 'em', 'ong', 'ba', 'co', 'bac', 'dc', 'dong',
]);
/** The district unit a district's unit label names (a commune's label names none). */
export const UNIT_OF_LABEL: ReadonlyMap<string, DistrictUnit> = new Map<string, DistrictUnit>([
  ['huyện', 'huyện'],
  ['thị xã', 'thị xã'],
  ['thành phố', 'thành phố'],
  ['quận', 'quận'],
]);
