/**
 * Word cues of each intent, in folded text (no diacritics, lower case). Kept together so
 * that a reader can see at once what makes the bot think a message is a question, a
 * report or small talk.
 */
export const CUES = {
  help: [
    /\bbot (?:lam|co the lam|ho tro|giup) (?:duoc )?(?:gi|nhung gi|nhung chuc nang|chuc nang)\b/,
    /\b(?:ho tro|co) nhung (?:chuc nang|lenh) (?:nao|gi)\b/,
    /\b(?:nhung|cac) lenh (?:gi|nao)\b/,
    /^(?:help|menu|giup|tro giup|huong dan|huong dan su dung)(?: .*)?$/,
    /^(?:bot )?huong dan\b|\bhuong dan (?:su dung|dung|cach|toi|em|minh|giup|bac|chi|anh|tu dau)\b|\b(?:xin|can) huong dan\b|\bkhong biet dung\b/,
    /(?<!xay )\b(?:dung|su dung) (?:bot|the nao|nhu the nao|ra sao)\b/,
    /\b(?:lam sao|lam the nao|cach) (?:de )?(?:hoi|dung|cap nhat|bao cao|bao|xem|dang ky|nhan|nhom)\b/,
    /\b(?:nhung|cac) buoc (?:gi|nao)\b/,
    /\bbot (?:nay )?(?:ra sao|the nao)\b/,
    /(?<!xay )\bdung (?:bot |cai nay |no )?(?:nhu the nao|ra sao|the nao|sao)\b/,
    /\b(?:gui|nhan|noi) (?:tin nhan )?bang giong noi\b/,
    /\b(?:go|nhap)\b.*\b(?:them gi|roi gi nua|gi nua)\b/,
    /\b(?:ghi|viet|go|nhan|bao)\b.*\b(?:theo )?mau nao\b/,
    /\bcu phap\b/,
    /\b(?:danh sach|ds|cac) (?:cac )?lenh\b/,
    /\b(?:tinh nang|chuc nang|tac vu) (?:gi|nao)\b/,
    /\b(?:nhan|go|viet|gui|soan) (?:kieu gi|the nao|nhu the nao|gi de|ra sao)\b/,
    /\blenh\b.*\b(?:nao|gi|the nao|nhu the nao|ra sao)\b/,
    /\bhuong dan su dung\b/,
    /\bbot (?:giup|lam|ho tro) (?:duoc )?(?:nhung )?(?:viec )?gi\b/,
    /\bmenu\b/,
    /\b(?:vi du|mau) (?:mau )?tin nhan\b/,
    /\bbat dau tu dau\b/,
    /\bkhac nhau (?:the nao|ra sao|cho nao|o dau)\b|\bgo lenh\b.*\b(?:can|co|phai)\b/,
    /\bbot (?:con )?(?:lam|ho tro) duoc (?:nhung )?(?:gi|viec gi)\b/,
    /\b(?:dung|su dung) de lam gi\b/,
    /\b(?:thi|de|moi) bot (?:moi )?hieu\b/,
    /\b(?:go|nhan|hoi|viet)\b.*\b(?:ma|nhung) (?:no |bot )?(?:cu )?(?:khong|chang|cha|ko|bao khong) (?:ra|thay|tra loi|hieu)\b/,
    /\bbot co (?:tu )?(?:sua|nhac|gui|nhan|xuat|in|tai)\b.*\b(?:khong|ko|k)\b/,
    /\btrong (?:cung )?(?:mot )?tin nhan\b|\bbang cach nao\b/,
    /\bbot co the(?: \S+){1,6} (?:khong|ko|duoc khong)\b/,
    /\bco cach (?:nao )?(?:de )?(?:bao|go|xem|cap nhat|nhan|sua)\b/,
    /(?<!\b(?:chua|da) )\bco (?:ban |tai lieu )?huong dan\b[^.]*\b(?:khong|ko|k)\b/,
  ],
  /** "How do I …" questions, which are help even when they name a task or an action. */
  howTo: [
    /^(?:lam sao|lam the nao|bang cach nao)\b/,
    /\b(?:neu|khi) bao\b.*\b(?:thi|co phai|phai)\b.*\b(?:khong|ko|nao|gi)\b/,
    /\b(?:dung|go|nhan) lenh (?:nao|gi)\b/,
    /\bphai (?:hoi|go|viet|nhan) (?:nhu )?(?:the nao|sao|ra sao)\b/,
    /\b(?:bao|go|nhan|viet|soan) (?:qua bot |cho bot |bot )?(?:kieu gi|the nao|nhu the nao|nhu nao|ra sao)\b/,
    /^cach\b|\bcach (?:cho|de) (?:nhom|em|minh|toi)\b/,
    /\b(?:bam|an|chon) nut nao\b/,
    /\b(?:go|nhan|viet|soan) (?:sao|the nao|ntn|nhu the nao|nhu nao|gi tiep|gi de)\b/,
    /\bchi (?:chi |em |toi |minh |anh )?cach\b/,
    /\bcach (?:coi|xem|bao|cap nhat|dung|go|dang ky)\b/,
    /\b(?:cap nhat|bao (?:xong|cao)|dang ky|nhan nhac viec|xem)\b[^.?!]{0,30}\b(?:the nao|ntn|nhu the nao|ra sao|lam sao|thi lam (?:the nao|sao|gi))\b/,
    /\bthi (?:phai )?(?:go|lam) (?:sao|the nao|gi|nhu the nao)\b/,
  ],
  subscribe: [
    /\b(?:nhom|group|grup)\b.*\b(?:theo doi|ban tin|tin tong hop|tong hop dinh ky|nhan tin|thong bao|bao cao tong hop|nhan bao cao|nhan tong hop|nhac viec|tong hop|nhan danh sach)\b/,
    /\b(?:theo doi|ban tin|tin tong hop|nhan tin|nhac viec)\b.*\b(?:nhom|group)\b/,
    /^(?:theo doi|nhan|dang ky|sub) ban tin\b/,
    /^sub\b|\bsub (?:nhom|group|ban tin)\b/,
    /\bgui\b.*\b(?:bao cao|tong hop|ban tin|nhac viec|nhac han|tin nhac)\b.*\b(?:vao|vo|cho|len) (?:nhom|group|day)\b/,
    /\b(?:moi sang|moi tuan|hang tuan|moi ngay|hang ngay|dinh ky)\b.*\b(?:gui|ban)\b.*\b(?:vao|len) (?:nhom|group|day)\b/,
    /\b(?:tong hop|ban tin|cap nhat|bao cao)\b.*\b(?:hang tuan|moi tuan|dinh ky)\b.*\b(?:nhom|group)\b/,
    /\b(?:nhom|group)\b.*\b(?:hang tuan|moi tuan|dinh ky)\b/,
    /\b(?:hang tuan|moi tuan|dinh ky|moi (?:sang |chieu |toi )?thu \w+|moi (?:sang|chieu|ngay)|hang ngay)\b.*\b(?:gui|vao|vo|cho|len) (?:nhom|group|day)\b/,
  ],
  register: [
    /\bdang ky\b.*\b(?:dau moi|nhan nhac|nhac viec|cho (?:toi|em|minh)|giup|voi)\b/,
    /\b(?:toi|em|minh) (?:la )?(?:can bo )?dau moi\b/,
    /\bdang ky dau moi\b/,
    /\bla (?:can bo )?dau moi\b/,
    /\bnhan (?:thong bao )?nhac (?:viec|han)\b/,
    /\blam dau moi\b/,
    /\bdau moi\b/,
    /\bnhan (?:tin |thong bao )?nhac (?:viec|han)\b/,
    /\b(?:theo doi|phu trach) (?:nhiem vu|cong viec|viec) (?:cho|cua)\b.*\b(?:ghi nhan|dang ky|tu nay)\b/,
    /\btu nay (?:em|toi|minh) (?:se )?(?:theo doi|phu trach|lam)\b/,
    /\badd (?:em|toi|minh|chi|anh) vao\b/,
    /\b(?:muon|xin|can) (?:duoc )?nhan thong bao\b/,
    /\b(?:la|lam) nguoi (?:theo doi|phu trach)\b.*\b(?:luu|ghi nhan|dang ky)\b/,
    /\b(?:dang ky|dang ki|dang ky)\b/,
  ],
  /** Statistics asked outright: counts, rates, rankings, comparisons. */
  stats: [
    /(?<!\bcuc )\bthong ke\b/,
    /\bty le\b/,
    /\b(?:don vi|so|huyen|co quan|nganh|xa|ben|ke hoach) nao\b.*\b(?:nhat|doi so|dan dau|ve chot|ve cuoi|bet bang|cuoi bang|top|dung dau|dung cuoi|hon)\b/,
    /(?:^|\s)% (?:hoan thanh|xong|qua han|tre han)\b/,
    /\bket qua thuc hien\b|\btong ket\b|\btinh hinh (?:cua|ben)\b/,
    /\b(?:lam|thuc hien|trien khai) (?:den|toi) dau roi\b|\btong the\b|\bbuc tranh chung\b|\bla bao nhieu\b|\bso luong\b|\bcon so (?:tong|chung|cu the|bao nhieu|thoi|la)\b|\bcho (?:\S+ )?con so\b|\bcon so\s*$/,
    /\b(?:xong|hoan thanh)(?: duoc)? (?:may|bao nhieu) (?:viec|nv|nhiem vu)\b/,
    /\btop \d+\b/,
    /\bxep hang\b/,
    /\b(?:nao|bi|dang) doi so\b/,
    /\bmay phan tram\b/,
    /\bbao nhieu (?:%|phan\b)/,
    /(?<!cham )\bso voi\b|\btang hay giam\b|\bso sanh\b/,
    /\bdung thu may\b|\bxep thu\b|\btong quan\b/,
    /\bso viec (?:da )?(?:xong|hoan thanh|dang lam|qua han)\b/,
    /\bbao cao (?:tong hop|tien do|tinh hinh|chung)\b/,
    /\btien do chung\b/,
    /\btong hop tien do\b/,
    /\btien do\b.*\b(?:the nao|ra sao|den dau)\b/,
    /\btinh hinh (?:thuc hien|chung|trien khai)\b/,
  ],
  /** Words of statistics that also appear in requests for a list or in chatter: need a question. */
  weakStats: [
    /\b(?:sao roi|the nao roi|ra sao roi)\b/,
    /\bmay (?:viec|nv|nhiem vu)\b[^,]*,? ?may (?:viec|nv|nhiem vu)\b/,
    /\b(?:co|con|duoc giao|bi giao) may (?:viec|nv|nhiem vu|dau viec)\b/,
    /\btong hop\b/,
    /\bso lieu\b/,
    /\btong so\b/,
    /\bbao nhieu (?:viec|nhiem vu|nv|dau viec|cong viec)\b/,
  ],
  /** A request for the tasks themselves, which wins over counting them. */
  wantsList:
    /\b(?:(?:cho|gui|xin)(?: [a-z]+)? (?:coi|xem)|(?:nhung )?cai nao|(?:coi|xem) giup|ke (?:ra|ten|het)|(?:xin|cho xin|gui) (?:danh sach|ds)|chi tiet|cu the|(?:viec|nv) gi|liet ke|(?:cac|nhung|danh sach) (?:cac )?(?:viec|nhiem vu|nv|dau viec)|cu the la|la (?:nhung )?(?:viec|nhiem vu|nv) (?:gi|nao)|nhung (?:viec|nhiem vu|nv) (?:gi|nao)|(?:viec|nhiem vu|nv) nao)\b/,
  overdue: [
    /\b(?:qua|tre|cham|lo) (?:han|ha|hen|deadline)\b/,
    /\bqua han\w*/,
    /\bqua thoi han\b/,
    /\b(?:bi|da) tre\b/,
    /(?<!\bsap )\bhet han\b.*\b(?:chua|van chua)\b/,
    /\bcham so voi\b/,
    /\b(?:viec|nv|nhiem vu) nao (?:bi |da )?(?:tre|cham)\b/,
    /\btre (?:roi|khong|ko|chua)\b/,
    /(?<!\bso )\bde (?:tre|cham|qua han)\b/,
    /\bcham (?:tien do|viec|nhiem vu|nv)\b/,
    /\bchua (?:xong|hoan thanh|lam)\b.*\b(?:da )?het han\b/,
    /\btre (?:nhung |cac )?(?:viec|nv|nhiem vu|dau viec)\b/,
  ],
  dueSoon: [
    /\b(?:sap|toi|den|het|la) (?:han|ha)\b/,
    /\b(?:co|con) han\b/,
    /\bhan (?:nhung )?(?:gi|viec gi|nao)\b/,
    /\b(?:viec|nv|nhiem vu|cai) nao (?:co )?han\b/,
    /\bdeadline\b/,
    /\bhan chot\b/,
    /\bsap den\b/,
    /\b(?:phai|can) (?:xong|hoan thanh|nop|giai quyet)\b/,
  ],
  /** A message about tasks: nouns and questions that ask for a list. */
  taskNoun:
    /\b(?:nhiem vu|nhiem vj|nv|(?<!\blam )viec|cong viec|ds|danh sach|liet ke|duoc giao|phu trach|giao (?:cho|lam)|phai lam|lam gi|lam nhung gi|co gi|con gi|phai thuc hien|noi dung (?:gi|nao)|nhung noi dung|co ten trong|phan cong)\b/,
  /** A question about one task. */
  detail:
    /\b(?:mo ta|la (?:viec|gi|nhiem vu)|han chot|ve dau|co can|ngay (?:may|nao)|thoi han|giao cho ai|ai chu tri|don vi nao|co quan nao|chu tri|phoi hop voi ai|han (?:khi nao|bao gio|ngay nao)|deadline|khi nao(?!(?: \S+){0,4} (?:se|thi)\b)|bao gio|chi tiet|thong tin|noi dung|cu the|yeu cau|san pham|xem(?! lai)|trang thai|tien do (?:hien tai|the nao|den dau))\b/,
  /** Words that make a sentence a question or a request to the bot. */
  question:
    /(?:\?|\b(?:gi|nao|khong|ko|k|chua|the nao|bao nhieu|ai|dau|giup|thi sao|de nghi|cung cap|cho (?:em|minh|toi|anh|chi) (?:xin|hoi|xem)|xin)\b|\bvoi(?: (?:a|nhe|nha|ak|em|nhe bot))?\s*$)/,
  /** Question words strong enough to make a message with a task ID a question, not a report. */
  strongQuestion:
    /(?:\?\s*$|\b(?:xong|hoan thanh|hoan tat|lam|ban hanh)(?: \S+){1,2} chua(?: (?:nhi|a|vay|ha|bot|em|ban|the|z|ta|nhe|khong|oi)){0,3}$|(?<!\b(?:chua|khong) biet )\b(?:bao gio|khi nao(?!(?: \S+){0,4} (?:se|thi)\b)|ngay may|ngay nao|la gi|the nao|ra sao|nhu the nao|giao cho ai|ai chu tri|la viec gi|trang thai nao|buoc nao|den dau roi|toi dau roi|sao roi|the nao roi|o dau|thi sao|co phai|phai khong|bao nhieu)\b|\bai (?:dang |se )?(?:la|phu trach|chu tri|lam|theo doi)\b|(?<!\b(?:khong|chang|khong co|khong phai|khong phai la|vuong) )\b(?:vuong|kho khan|mac|tac|vuong mac) (?:gi|o dau|cho nao)\b|\b(?:khau|buoc|cho|phan) nao\b|\bbao lau\b|\b(?:may|bao nhieu) phan tram\b|\bhay (?:van |la |con |da )?(?:dang|chua|xong|tam dung|vuong|hoan thanh)\b|\b(?:that a|that khong|dung khong|phai khong|co dung khong)\b|\b(?:don vi|co quan|ben|so|phong) nao\b|\bchua hay\b|\b(?:da )?(?:xong|hoan thanh|lam) chua (?:nhi|a|vay|ha|the|bot)\b|\b(?:xong|hoan thanh|hoan tat|lam|ht|ban hanh|nghiem thu|trien khai|gui|nop|thuc hien|ky|duyet|trinh|bat dau|tre|qua han) chua(?: (?:nhi|a|vay|ha|bot|em|ban|the|z|ta|nhe|khong|oi)){0,3}(?: de\b.*)?$)/,
  /** A request to be told something ("đề nghị cho biết", "cho em hỏi"): a question, whatever words follow. */
  askAbout:
    /^ai\b|\b(?:cho (?:em |minh |toi |chi |anh |tui )?(?:biet|hoi)|xin (?:thong tin|hoi)|(?<!\b(?:chua|khong) )ai (?:vua |da |dang )?(?:bao|cap nhat|ghi|lam|phu trach|giu))\b|\b(?:hoan thanh|lam|thuc hien) den dau\b/,
  /** After a task ID: "có phải … không", "có bị trễ không" ask about it. */
  yesNo: /\bco\b.*\b(?:khong|chua)(?: (?:a|nhi|vay|bot|ta|the|em|ha|z))*$/,
} as const;

/** Announcements and remarks among colleagues that mention tasks but ask the bot nothing. */
export const NOT_FOR_BOT = [
  /\b(?:hop|hoi nghi|giao ban)\b.*\b(?:\d{1,2} ?h|\d{1,2} gio|phong hop|truc tuyen)\b/,
  /^(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d).*\b(?:sang|chieu|toi) (?:nay|mai) hop\b/,
  /\bde (?:anh|em|chi|minh|toi) (?:xem|kiem tra|check|hoi) lai\b/,
  /\b(?:moi nguoi|cac dong chi|ca nha|cac bac|cac anh|cac chi)\b/,
  /\bcac don vi (?:khan truong|chuan bi|luu y|nho)\b/,
  /\b(?:cac anh chi|anh chi em|anh em chuan bi|may dua oi)\b/,
  /\b(?:nhe|nha) cac phong\b|^cac phong\b/,
  /^(?:fw|fwd)\b/,
  /^(?:anh chi|moi nguoi|ae) nho\b/,
  /^khong hieu sao\b/,
  /\b(?:nha|nhe) ae\b/,
  /^(?:chi|anh|em) nhac\b/,
  /\bchuc mung\b/,
  /\b(?:duoc khong|dc khong) (?:anh|chi|em)\s*$/,
  // A forwarded notice; a forwarded report ("chuyển tiếp: CB23-24 chưa triển khai") is still a report.
  /^ket luan\b|^thong bao\b(?! cho (?:em|toi|minh|nhom|chi|anh))|^y kien chi dao\b/,
  /^(?!.*\b(?:em|toi|minh) (?:thay|la|lam|se lam)\b).*(?:\bnghi huu\b|\bdau moi moi (?:cua \S+ )?la (?:anh|chi|ong|ba)\b)|\bai ma (?:lam|xong)\b/,
  /^(?:chi|anh|a|c|sep) nho (?:em|e)\b/,
  /^\[(?:chuyen tiep|forwarded|forward)\b|\bforwarded from\b/,
  /^(?!.*\bbot\b)(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d).*\bnghi phep\b|\bbao bot thay\b|\bhoi bot thu\b/,
  /^(?:u a |ua |a )?(?:em|toi|minh) (?:cu )?tuong\b/,
  // Opinions and speculation: "theo anh thì…", "chắc tuần sau … sẽ xong".
  /^theo (?:em|anh|chi|toi|minh)\b/,
  // Notices, rhetorical complaints and questions put to the room, around a task.
  /^(?:luu y|nhac(?: nhe| lai)?(?! viec| han)|hop(?: giao ban)?|thoi han)\b(?!.*\b(?:khi nao|bao gio|ngay nao|nao|gi)\b)/,
  /\b(?:the khong biet|chang hieu sao|y nhu rang)\b/,
  /^co ai\b|^(?:anh chi|ai) nao\b|\bnhan rieng\b/,
  /^ai (?:\S+ ){0,6}(?:cho em xin|gui em|thi gui)\b|\bai (?:vua )?cap nhat (?:vay|the)\b/,
  // Hearsay about someone else's task, and talk to colleagues around it.
  /\b(?:nghe noi|nghe (?:\S+ ){0,3}noi|thay bao|ho (?:bao|noi|tu)|bao mieng|nghe dai|ben canh bao|(?:chi|anh) (?:ay )?bao|(?:hon|nhu) ho)\b/,
  /\bhinh nhu (?:so|ben|huyen|ubnd|hoi|cong an|tinh doan|kho bac|cuc)\b/,
  /\b(?:anh|chi|em|ban) (?:khoi lo|yen tam|dung lo)\b/,
  /\b(?:nhe|nha|nghe) (?:chi|anh|bac|chu|co|a|c)\s*$/,
  /^(?:xin loi|cam on|xin cam on) (?:so|ubnd|ban|hoi|anh|chi|bac|cac|moi nguoi|a|c)\b/,
  /^nho (?:anh|chi|ban|a|c|bac|chu|co|cac)\b/,
  /^(?:chan|nan|buc|met)\b|\b(?:nan that|chan ghe|met qua)\b/,
  /^(?:kinh )?de nghi (?:so|ubnd|van phong|vp|ban|phong|hoi|cac|dong chi|d\/c|anh|chi|lanh dao|tinh doan|cong an|kho bac|cuc)\b(?!.*\bbot\b)/,
  /^(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d).*\bchac\b.*\bse\b.*\b(?:xong|hoan thanh)\b/,
  /\bbot tra loi sai\b/,
  /\bde nghi cac (?:phong|don vi|so|xa|huyen|dau moi|dong chi)\b(?!.*\bbot\b)/,
  /^(?!.*\bbot\b)(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d).*(?:\b(?:bo tri|chuan bi|dat|muon) phong hop\b|\bdi cong tac\b|\bthi goi (?:dien|cho)\b)/,
  /\bcac don vi (?:dang ky|gui|nop)\b/,
  // A request to an agency or to colleagues, not to the bot: "Đề nghị UBND các xã hoàn thành …".
  /^(?:van phong |vp )?(?:de nghi|yeu cau) (?:cac |dong chi |d\/c |anh |chi )?(?:so|ubnd|ban|phong|hoi|doan|dau moi|don vi|xa|huyen)\b(?!.*\bbot\b)/,
  /^(?:chi|anh|a|c|em|e) (?:gui|chuyen|forward|fw) (?:lai )?(?:em|chi|anh|minh|toi|e|a|c)\b/,
  /^\[?(?:chuyen tiep|forward)\b(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d)/,
  /^(?:em|toi|minh|chi|anh) (?:xin )?(?:gui|chuyen) (?:lai )?(?:bang|file|ban|danh sach|tai lieu|van ban|cong van)\b/,
  /^(?:em|toi|minh|chi|anh) (?:xin )?(?:chuyen tiep|forward)\b(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d)/,
  // Asking colleagues how to reach a focal point is not registering as one.
  /^(?!.*\bdang ky\b).*(?:\b(?:so (?:dien thoai|dt)|sdt|zalo|email|lien he)\b.*\bdau moi\b|\bdau moi\b.*\b(?:so (?:dien thoai|dt)|sdt|lien he)\b|\bai (?:la |lam )?dau moi\b(?!.*\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d)(?<!\b[a-z]{1,4}\d{2,4}[a-z]?[ -]\d.*))/,
];

/**
 * A message to a colleague by name ("a Tuấn ơi …", "chị Hoa nhắc …", "anh Dung phụ trách"):
 * read on the original text, since the capital letter of the name is what tells.
 */
export const TO_A_COLLEAGUE = [
  /^(?:đồng chí|dong chi|đ\/c|d\/c)\s+\p{Lu}\p{Ll}+/u,
  // "Văn phòng Sở ơi, …": calling someone other than the bot.
  /^(?![^,]*(?<![\p{L}])(?:bot|em|ad|admin|đôn đốc|don doc|anh chị|anh chi|cháu|chau)(?![\p{L}]))[^,?]{2,30}\s+(?:ơi|oi)(?![\p{L}])/iu,
  // "@Lan ơi …", "@Tuấn anh gửi em …": someone in the group, by handle (a bot's ends in "bot").
  /^@(?!\w*bot\b)[\p{L}\w]+/iu,
  // Reported speech and what colleagues say: "Sếp bảo …", "Trích Phương: …".
  /^(?:sếp|sep|lãnh đạo|lanh dao)\s+(?:bảo|bao|nói|noi|dặn|dan)(?![\p{L}])/iu,
  /^(?:trích|trich)(?![\p{L}])(?!\s*bot)/iu,
  // People call the bot "em", so "em ơi" alone is not a colleague.
  /^(?:a|anh|c|chị|chi|bác|chú|cô)\s+(?:ơi|oi)\b/iu,
  /^(?:a|anh|c|chị|chi|e|em)\s+\p{Lu}\p{Ll}+\s+(?:ơi|oi)\b/u,
  /(?<![\p{L}])(?:[Aa]nh|[Cc]hị|[Cc]hi|[Ee]m|a|c)\s+\p{Lu}\p{Ll}+\s+(?:ơi|oi|nhé|nhe|giúp|giup|phụ trách|phu trach|nhắc|nhac|đôn đốc|don doc|xem|check|kiểm tra|kiem tra|rà soát|ra soat|gửi|gui|xử lý|xu ly|báo|bao|mới là|moi la|tổng hợp|tong hop)(?![\p{L}])/u,
];

/** A message that speaks to the bot ("nhờ bot …", "bot ơi") is for it, whatever chatter is around. */
export const ADDRESSES_BOT =
  /\b(?:nho bot|bot oi|chao bot|(?:em|toi|minh) bao bot|(?<!nho \S+ )(?:em|toi|minh) nhan bot|bot cap nhat|(?<!(?:chi|anh|em|ban) )hoi bot(?! thu)|bot cho|(?<!(?:bao|nhan|nho anh|nho chi) )bot giup|bot liet ke|bot loc|de nghi bot|bot tong hop|gui bot|bot gui)\b/;

export const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));
