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
};

export function fixTypos(folded: string): string {
  return folded
    .split(' ')
    .map((token) => {
      return KNOWN[token] ?? token;
    })
    .join(' ');
}
