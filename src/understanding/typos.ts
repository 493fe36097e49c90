/**
 * Phone typos of the few words intents hinge on ("hna" for hạn, "thnah" for thành),
 * fixed token by token in folded text before the cues are read. Only listed tokens are
 * corrected: a general edit-distance fix turned real words into others ("thang" into
 * "thanh", "trong" into "thong"), which is worse than missing a typo.
 */
const KNOWN: Record<string, string> = {
  hna: 'han',
  hann: 'han',
  hanj: 'han',
  xog: 'xong',
  xonh: 'xong',
  xomg: 'xong',
  nhiemvu: 'nhiem vu',
  thnah: 'thanh',
  hoanthnah: 'hoan thanh',
  xonhg: 'xong',
  nhiemj: 'nhiem',
  quahan: 'qua han',
  denhan: 'den han',
  hoanthanh: 'hoan thanh',
  dangky: 'dang ky',
  dangki: 'dang ky',
  ki: 'ky',
  vs: 'voi',
  dc: 'duoc',
  đc: 'duoc',
  ko: 'khong',
  k: 'khong',
  hok: 'khong',
  r: 'roi',
  hab: 'han',
  dky: 'dang ky',
  dki: 'dang ky',
  ntn: 'nhu the nao',
  mn: 'moi nguoi',
  j: 'gi',
};

// Words intents hinge on; a token one slip away from one of them (a letter too many at the
// end, two neighbours swapped) is read as that word. Only these, so real words stay intact.
const KEYWORDS = new Set(['han', 'xong', 'trien', 'khai', 'hoan', 'thanh', 'nhiem', 'viec', 'dang', 'chua', 'vuong', 'cham', 'khong', 'hop', 'tong', 'thuc', 'hien', 'huong', 'dan', 'tien']);

function nearKeyword(token: string): string | null {
  if (token.length < 3 || KEYWORDS.has(token)) return null;
  // A stray last letter only where no Vietnamese syllable could end so ("hann", "trienr"; not "hanh").
  if (token.length >= 4 && KEYWORDS.has(token.slice(0, -1)) && !/(?:ch|ng|nh|[aeiouy][cmnpt]?)$/.test(token)) return token.slice(0, -1);
  for (let i = 0; i + 1 < token.length; i++) {
    const swapped = token.slice(0, i) + (token[i + 1] ?? '') + (token[i] ?? '') + token.slice(i + 2);
    if (KEYWORDS.has(swapped)) return swapped;
  }
  return null;
}

export function fixTypos(folded: string): string {
  return folded
    .split(' ')
    .map((token) => {
      return KNOWN[token] ?? nearKeyword(token) ?? token;
    })
    .join(' ');
}
