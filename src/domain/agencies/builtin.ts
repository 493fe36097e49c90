/**
 * The built-in agency directory: the usual provincial agencies and the group assignees that
 * plans use, with the abbreviations people really type. Coordinators' Cơ quan rows are merged
 * over this list (see directory.ts), so names here are generic ("Báo tỉnh", not "Báo Thái Nguyên");
 * province-specific forms resolve because trailing province words are dropped when matching.
 *
 * Kinds: 'department' = sở, ban, ngành (incl. armed forces, press and central vertical agencies);
 * 'province' = bodies a UBND tỉnh plan cannot order (UBND/HĐND tỉnh, Tỉnh ủy and its ban, courts);
 * 'other' = Mặt trận and the đoàn thể.
 */
import type { Agency, AgencyKind } from '../agency.js';

/** An Agency plus explicit group members (canonical names), which the Cơ quan tab cannot express yet. */
export type AgencyEntry = Agency & { readonly members?: readonly string[] };

interface Extra {
  successor?: string;
  members?: string[];
}

function entry(name: string, kind: AgencyKind, aliases: string[], extra: Extra = {}, memberKinds: AgencyKind[] = []): AgencyEntry {
  const base: Agency = { name, aliases, kind, memberKinds, successor: extra.successor ?? '', telegram: [], zalo: [], groupChat: '' };
  return extra.members ? { ...base, members: extra.members } : base;
}
const dept = (name: string, aliases: string[], extra?: Extra): AgencyEntry => entry(name, 'department', aliases, extra);
const group = (name: string, memberKinds: AgencyKind[], aliases: string[], extra?: Extra): AgencyEntry =>
  entry(name, 'group', aliases, extra, memberKinds);

// Successors from the 1 July 2025 reorganisation (Nghị định 45/2025/NĐ-CP and the Party/press mergers).
const TAI_CHINH = 'Sở Tài chính';
const NOI_VU = 'Sở Nội vụ';
const XAY_DUNG = 'Sở Xây dựng';
const NN_MT = 'Sở Nông nghiệp và Môi trường';
const KH_CN = 'Sở Khoa học và Công nghệ';
const DT_TG = 'Sở Dân tộc và Tôn giáo';
const VP_UBND = 'Văn phòng UBND tỉnh';
const BAO_PTTH = 'Báo và Phát thanh, Truyền hình tỉnh';
const TG_DV = 'Ban Tuyên giáo và Dân vận Tỉnh ủy';
const UBND_XA = 'UBND các xã, phường';

export const BUILTIN_AGENCIES: readonly AgencyEntry[] = [
  // Sở (cơ quan chuyên môn thuộc UBND tỉnh)
  dept(NOI_VU, ['SNV', 'Sở NV', 'Nội vụ', 'Ngành Nội vụ']),
  dept('Sở Tư pháp', ['STP', 'Sở TP', 'Tư pháp', 'Ngành Tư pháp']),
  dept(TAI_CHINH, ['STC', 'Sở TC', 'Tài chính', 'Ngành Tài chính']),
  dept('Sở Kế hoạch và Đầu tư', ['SKHĐT', 'SKH&ĐT', 'Sở KH&ĐT', 'Sở KHĐT', 'KH&ĐT', 'KHĐT', 'Kế hoạch và Đầu tư', 'Sở Kế hoạch', 'Ngành Kế hoạch và Đầu tư', 'Ngành Kế hoạch Đầu tư'], {
    successor: TAI_CHINH,
  }),
  dept('Sở Công Thương', ['SCT', 'Sở CT', 'Công Thương', 'Ngành Công Thương']),
  dept(XAY_DUNG, ['SXD', 'Sở XD', 'Xây dựng', 'Ngành Xây dựng']),
  dept('Sở Giao thông vận tải', ['SGTVT', 'Sở GTVT', 'Sở GT-VT', 'GTVT', 'Giao thông vận tải', 'Sở Giao thông', 'Ngành Giao thông vận tải', 'Ngành Giao thông'], {
    successor: XAY_DUNG,
  }),
  dept(
    'Sở Nông nghiệp và Phát triển nông thôn',
    ['SNNPTNT', 'SNN&PTNT', 'Sở NN&PTNT', 'Sở NNPTNT', 'Sở NN và PTNT', 'NN&PTNT', 'NNPTNT', 'Sở Nông nghiệp và PTNT', 'Nông nghiệp và Phát triển nông thôn', 'Ngành Nông nghiệp và Phát triển nông thôn'],
    { successor: NN_MT },
  ),
  dept('Sở Tài nguyên và Môi trường', ['STNMT', 'STN&MT', 'Sở TN&MT', 'Sở TNMT', 'TN&MT', 'TNMT', 'Tài nguyên và Môi trường', 'Tài nguyên Môi trường', 'Sở Tài nguyên', 'Ngành Tài nguyên và Môi trường', 'Ngành Tài nguyên Môi trường', 'Ngành Tài nguyên'], {
    successor: NN_MT,
  }),
  dept(NN_MT, ['SNNMT', 'SNN&MT', 'Sở NN&MT', 'Sở NNMT', 'NN&MT', 'NNMT', 'Nông nghiệp và Môi trường', 'Sở Nông nghiệp', 'Ngành Nông nghiệp']),
  dept(KH_CN, ['SKHCN', 'SKH&CN', 'Sở KH&CN', 'Sở KHCN', 'KH&CN', 'KHCN', 'Khoa học và Công nghệ', 'Ngành Khoa học và Công nghệ', 'Ngành Khoa học Công nghệ']),
  dept('Sở Thông tin và Truyền thông', ['STTTT', 'STT&TT', 'Sở TT&TT', 'Sở TTTT', 'TT&TT', 'TTTT', 'Thông tin và Truyền thông', 'Sở Thông tin', 'Ngành Thông tin và Truyền thông', 'Ngành Thông tin Truyền thông', 'Ngành Thông tin'], {
    successor: KH_CN,
  }),
  dept('Sở Giáo dục và Đào tạo', ['SGDĐT', 'SGD&ĐT', 'Sở GD&ĐT', 'Sở GDĐT', 'GD&ĐT', 'GDĐT', 'Giáo dục và Đào tạo', 'Sở Giáo dục', 'Ngành Giáo dục']),
  dept('Sở Y tế', ['SYT', 'Sở YT', 'Y tế', 'Ngành Y tế']),
  dept('Sở Văn hóa, Thể thao và Du lịch', ['SVHTTDL', 'Sở VHTTDL', 'Sở VH,TT&DL', 'Sở VH-TT-DL', 'VHTTDL', 'VH,TT&DL', 'Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa', 'Ngành Văn hóa']),
  dept(
    'Sở Lao động - Thương binh và Xã hội',
    ['SLĐTBXH', 'Sở LĐ-TB&XH', 'Sở LĐTBXH', 'Sở LĐ, TB&XH', 'LĐ-TB&XH', 'LĐTBXH', 'Lao động - Thương binh và Xã hội', 'Sở Lao động', 'Ngành Lao động', 'Ngành Lao động - Thương binh và Xã hội'],
    { successor: NOI_VU },
  ),
  // Most provinces gave foreign affairs to the Văn phòng UBND tỉnh in 2025; where a Sở Ngoại vụ
  // remains, a Cơ quan row with successor "-" clears this.
  dept('Sở Ngoại vụ', ['SNgV', 'Sở NgV', 'Ngoại vụ', 'Ngành Ngoại vụ'], { successor: VP_UBND }),
  dept(DT_TG, ['SDTTG', 'Sở DT&TG', 'Sở DTTG', 'Dân tộc và Tôn giáo', 'Ngành Dân tộc và Tôn giáo', 'Ngành Dân tộc', 'Ngành Tôn giáo']),
  // Ban, ngành cấp tỉnh
  dept(VP_UBND, ['VP UBND tỉnh', 'VPUBND tỉnh', 'VP UBND', 'Văn phòng UBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP Ủy ban', 'VPUB tỉnh', 'VPUB']),
  dept('Thanh tra tỉnh', ['TTr tỉnh', 'Thanh tra', 'Ngành Thanh tra']),
  // Where no Sở Dân tộc và Tôn giáo was set up, the work went to Sở Nội vụ: override with a Cơ quan row.
  dept('Ban Dân tộc tỉnh', ['BDT tỉnh', 'Ban Dân tộc', 'Ban DT'], { successor: DT_TG }),
  dept('Ban Quản lý các khu công nghiệp tỉnh', ['BQL các KCN', 'Ban QL các KCN', 'BQLKCN', 'Ban QLKCN', 'BQL KCN', 'Ban QL KCN', 'Ban Quản lý các KCN', 'Ban Quản lý KCN', 'Ban Quản lý các khu công nghiệp', 'BQL các khu công nghiệp', 'Ban QL các khu công nghiệp']),
  dept('Công an tỉnh', ['CA tỉnh', 'Công an', 'Ngành Công an']),
  dept('Bộ Chỉ huy Quân sự tỉnh', ['BCHQS tỉnh', 'BCHQS', 'Bộ CHQS tỉnh', 'Bộ CHQS', 'BCH Quân sự tỉnh', 'BCH QS tỉnh', 'Bộ CH Quân sự tỉnh', 'Bộ Chỉ huy quân sự', 'Quân sự tỉnh']),
  dept('Bộ Chỉ huy Bộ đội Biên phòng tỉnh', ['BĐBP tỉnh', 'BĐBP', 'BCH BĐBP tỉnh', 'Bộ CH BĐBP tỉnh', 'Bộ đội Biên phòng tỉnh', 'Biên phòng tỉnh']),
  // Provincial newspaper and radio-TV were merged into one agency in 2025.
  dept('Đài Phát thanh - Truyền hình tỉnh', ['Đài PT-TH', 'Đài PTTH', 'Đài PT&TH', 'ĐPTTH', 'Đài PT - TH', 'Đài Phát thanh Truyền hình', 'Đài', 'Đài tỉnh'], { successor: BAO_PTTH }),
  dept('Báo tỉnh', ['Báo', 'Báo Đảng tỉnh'], { successor: BAO_PTTH }),
  dept(BAO_PTTH, ['Báo và PT,TH tỉnh', 'Báo và PTTH tỉnh', 'Báo và Phát thanh Truyền hình', 'Báo PTTH', 'Báo PT-TH', 'Báo và PTTH', 'Báo và Phát thanh, Truyền hình']),
  dept('Cổng Thông tin điện tử tỉnh', ['Cổng TTĐT tỉnh', 'Cổng TTĐT', 'Cổng thông tin điện tử', 'Cổng thông tin']),
  // Central agencies in the province (2025 regional reorganisation kept under the old entry as aliases)
  dept('Kho bạc Nhà nước tỉnh', ['KBNN tỉnh', 'KBNN', 'Kho bạc', 'Kho bạc tỉnh', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước khu vực']),
  dept('Cục Thuế tỉnh', ['Cục Thuế', 'Thuế tỉnh', 'Chi cục Thuế khu vực']),
  dept('Ngân hàng Nhà nước chi nhánh tỉnh', ['NHNN chi nhánh tỉnh', 'NHNN tỉnh', 'NHNN', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước khu vực', 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh']),
  dept('Bảo hiểm xã hội tỉnh', ['BHXH tỉnh', 'BHXH', 'Bảo hiểm xã hội', 'Bảo hiểm xã hội khu vực']),
  dept('Cục Thống kê tỉnh', ['Cục Thống kê', 'Chi cục Thống kê', 'Thống kê tỉnh']),
  // Provincial leadership, Party bodies and courts
  entry('UBND tỉnh', 'province', ['Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'Chủ tịch UBND tỉnh']),
  entry('HĐND tỉnh', 'province', ['Hội đồng nhân dân tỉnh', 'HĐND', 'Thường trực HĐND tỉnh']),
  entry('Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'province', ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh']),
  entry('Tỉnh ủy', 'province', ['Ban Thường vụ Tỉnh ủy', 'BTV Tỉnh ủy', 'Thường trực Tỉnh ủy']),
  entry('Ban Dân vận Tỉnh ủy', 'province', ['BDVTU', 'Ban Dân vận', 'Ban DV Tỉnh ủy', 'Ban Dân vận TU'], { successor: TG_DV }),
  entry('Ban Tuyên giáo Tỉnh ủy', 'province', ['BTGTU', 'Ban Tuyên giáo', 'Ban TG Tỉnh ủy'], { successor: TG_DV }),
  entry(TG_DV, 'province', ['Ban TG&DV Tỉnh ủy', 'Ban Tuyên giáo và Dân vận', 'BTGDVTU']),
  entry('Tòa án nhân dân tỉnh', 'province', ['TAND tỉnh', 'TAND', 'Tòa án tỉnh', 'Tòa án nhân dân', 'Tòa án']),
  entry('Viện kiểm sát nhân dân tỉnh', 'province', ['VKSND tỉnh', 'VKSND', 'Viện Kiểm sát tỉnh', 'Viện kiểm sát nhân dân', 'Viện kiểm sát']),
  // Mặt trận and đoàn thể (since 2025 under the Mặt trận, still separate assignees)
  entry('Ủy ban MTTQ Việt Nam tỉnh', 'other', [
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'UBMTTQ tỉnh', 'UBMTTQVN tỉnh', 'UB MTTQ tỉnh', 'Ủy ban MTTQ tỉnh', 'MTTQ tỉnh', 'MTTQ',
    'Mặt trận Tổ quốc tỉnh', 'Mặt trận tỉnh', 'Ủy ban Mặt trận Tổ quốc',
  ]),
  entry('Tỉnh đoàn', 'other', ['Tỉnh Đoàn Thanh niên', 'Đoàn Thanh niên tỉnh', 'Đoàn TNCS Hồ Chí Minh tỉnh', 'Đoàn TN tỉnh', 'Đoàn Thanh niên', 'Đoàn TN', 'TĐ tỉnh', 'TĐ']),
  entry('Hội Liên hiệp Phụ nữ tỉnh', 'other', ['Hội LHPN tỉnh', 'Hội LHPN', 'HLHPN tỉnh', 'HLHPN', 'LHPN tỉnh', 'LHPN', 'Hội Phụ nữ tỉnh', 'Hội Phụ nữ', 'Hội Liên hiệp Phụ nữ', 'Hội PN tỉnh', 'Hội PN', 'HPN tỉnh', 'HPN']),
  entry('Hội Nông dân tỉnh', 'other', ['Hội ND tỉnh', 'HND tỉnh', 'HND', 'Hội Nông dân']),
  entry('Hội Cựu chiến binh tỉnh', 'other', ['Hội CCB tỉnh', 'Hội CCB', 'HCCB tỉnh', 'HCCB', 'Hội Cựu chiến binh', 'CCB tỉnh']),
  entry('Liên minh Hợp tác xã tỉnh', 'other', ['Liên minh HTX tỉnh', 'Liên minh HTX', 'LMHTX tỉnh', 'LMHTX', 'LM HTX', 'Liên minh Hợp tác xã']),
  entry('Hội Chữ thập đỏ tỉnh', 'other', ['Hội CTĐ tỉnh', 'Hội CTĐ', 'HCTĐ tỉnh', 'HCTĐ', 'Hội Chữ thập đỏ', 'Chữ thập đỏ tỉnh']),
  entry('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'other', [
    'Liên hiệp các Hội KH&KT tỉnh', 'Liên hiệp các Hội KH&KT', 'Liên hiệp các Hội KHKT tỉnh', 'LHH KH&KT tỉnh', 'Liên hiệp các Hội Khoa học và Kỹ thuật', 'Liên hiệp Hội KH&KT',
  ]),
  entry('Hội Người cao tuổi tỉnh', 'other', ['Hội NCT tỉnh', 'Hội NCT', 'Hội Người cao tuổi']),
  entry('Liên đoàn Lao động tỉnh', 'other', ['LĐLĐ tỉnh', 'LĐLĐ', 'Liên đoàn Lao động', 'Liên đoàn LĐ tỉnh', 'Công đoàn tỉnh']),

  // Group assignees
  group('Các sở, ban, ngành', ['department'], [
    'Các sở, ban, ngành tỉnh', 'Các sở, ban, ngành và tương đương', 'Các sở, ban, ngành thuộc tỉnh', 'Các sở ban ngành',
    'Sở, ban, ngành', 'Các sở, ngành', 'Các sở, ngành tỉnh', 'Các ban, ngành',
  ]),
  group('Các sở, ban, ngành, đoàn thể tỉnh', ['department', 'other'], ['Các sở, ban, ngành, đoàn thể', 'Sở, ban, ngành, đoàn thể']),
  // Districts were abolished on 1 July 2025; their work went to the communes.
  group('UBND các huyện, thành phố', ['district'], [
    'UBND các huyện, thị xã, thành phố', 'UBND cấp huyện', 'Ủy ban nhân dân các huyện, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố',
    'Ủy ban nhân dân cấp huyện', 'UBND huyện', 'UBND các huyện', 'UBND huyện, thành phố', 'UBND các huyện, thị xã', 'Các huyện, thành phố', 'Cấp huyện', 'Các huyện',
  ], { successor: UBND_XA }),
  group(UBND_XA, ['commune'], [
    'UBND các xã, phường, đặc khu', 'UBND các xã, phường, thị trấn', 'UBND cấp xã', 'Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân các xã, phường',
    'UBND xã', 'UBND các xã', 'UBND xã, phường', 'Các xã, phường', 'Cấp xã', 'Các xã',
  ]),
  group('UBND cấp huyện, cấp xã', ['district', 'commune'], ['UBND cấp huyện và cấp xã', 'UBND huyện, xã', 'Chính quyền cấp huyện, cấp xã'], { successor: UBND_XA }),
  group('Các sở, ban, ngành, UBND các huyện, thành phố', ['department', 'district'], [
    'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố', 'Các sở, ban, ngành và UBND các huyện, thành phố', 'Các sở, ban, ngành, UBND cấp huyện',
  ], { successor: 'Các sở, ban, ngành, UBND các xã, phường' }),
  group('Các sở, ban, ngành, UBND các xã, phường', ['department', 'commune'], ['Các sở, ban, ngành, UBND cấp xã', 'Các sở, ban, ngành và UBND các xã, phường']),
  // "Everyone" the plan can order: the issuing level ('province') and groups themselves are left out.
  group('Các cơ quan, đơn vị, địa phương', ['department', 'district', 'commune', 'other'], [
    'Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh', 'Các cơ quan, đơn vị', 'Các đơn vị, địa phương', 'Các cơ quan, địa phương',
    'Các sở, ban, ngành và địa phương', 'Các sở, ngành, địa phương', 'Các cơ quan, đơn vị, địa phương trong tỉnh',
  ]),
  group('Các cơ quan, đơn vị lực lượng vũ trang', [], ['Các cơ quan, đơn vị lực lượng vũ trang tỉnh', 'Lực lượng vũ trang tỉnh', 'LLVT tỉnh', 'Các đơn vị LLVT'], {
    members: ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
  }),
  group('Các tổ chức chính trị - xã hội tỉnh', ['other'], [
    'Các tổ chức chính trị - xã hội', 'Các đoàn thể tỉnh', 'Các đoàn thể', 'Khối đoàn thể tỉnh', 'Khối đoàn thể', 'Các đoàn thể chính trị - xã hội tỉnh', 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh',
  ]),
  // Who is "liên quan" depends on the task, so nobody is an implicit member.
  group('Các cơ quan, đơn vị liên quan', [], [
    'Các cơ quan liên quan', 'Các đơn vị liên quan', 'Các cơ quan, đơn vị có liên quan', 'Các sở, ngành liên quan', 'Các sở, ngành, địa phương liên quan',
    'Các sở, ngành, địa phương có liên quan', 'Các cơ quan, địa phương liên quan', 'Cơ quan liên quan',
  ]),
];
