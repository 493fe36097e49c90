/**
 * The words an agency's name begins with, as data (agency-list.ts builds its matcher from them).
 * A new kind of body is one more entry here.
 */

/**
 * The villages and quarters of a commune or ward, under their regional names: a ward of Cần Thơ has
 * «khu vực», the south «ấp» and «khóm», the highlands «buôn», «bản», «làng». Their heads do the work.
 */
export const VILLAGE_UNITS: readonly string[] = [
  'thôn',
  'khối phố',
  'khu phố',
  'tổ dân phố',
  'ấp',
  'bản',
  'xóm',
  'buôn',
  'làng',
  'khóm',
  'khu vực',
];

// Words that begin an agency name. Case matters: "Ban Dân tộc" starts one, "sở, ban, ngành" does not.
export const STARTS: readonly string[] = [
  'Sở',
  'UBND',
  'HĐND',
  'UBMTTQ',
  'MTTQ',
  'Ủy ban',
  'Uỷ ban',
  'Ban',
  'Bộ',
  'Công an',
  'Cảnh sát',
  'Đài',
  'Báo',
  'Thanh tra',
  'Văn phòng',
  'Các',
  'Hội',
  'Liên đoàn',
  'Liên minh',
  'Tỉnh đoàn',
  // A city's Youth Union («Thành Đoàn Đà Nẵng»), as «Tỉnh đoàn» is a province's.
  'Thành đoàn',
  'Đoàn',
  'Cổng',
  'Kho bạc',
  'Cục',
  'Chi cục',
  'Ngân hàng',
  'Mặt trận',
  'Trường',
  'Trung tâm',
  'Viện',
  'Bệnh viện',
  // A hospital's departments («Khoa Cấp cứu», «Khoa Dược»), as a Sở has its «Phòng».
  'Khoa',
  // A hospital's head nurses («Điều dưỡng trưởng các khoa kiểm tra …»).
  'Điều dưỡng trưởng',
  'Tòa án',
  'Toà án',
  'Bảo hiểm',
  'Phòng',
  'Hải quan',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Huyện ủy',
  'Thành ủy',
  'Thị ủy',
  'Đảng ủy',
  'Công ty',
  'Tổng công ty',
  // A joint venture of contractors or investors («Liên danh Công ty cổ phần A - Công ty TNHH B»).
  'Liên danh',
  // A trade union at any level («Công đoàn các Khu công nghiệp tỉnh», «Công đoàn cơ sở»).
  'Công đoàn',
  'Chủ tịch',
  'Thủ trưởng',
  'Giám đốc',
  'Người đứng đầu',
  'Bộ đội',
  // A border guard's own units, in its own plan («Đồn Biên phòng Cô Tô tổ chức …», «Hải đội Biên
  // phòng 2 bố trí tàu …»).
  'Đồn Biên phòng',
  'Đồn biên phòng',
  'Hải đội',
  'Hải đoàn',
  'Hiệp hội',
  'Bưu điện',
  'Điện lực',
  'Học viện',
  'Quỹ',
  'Kiểm toán',
  'Liên hiệp',
  'Thuế',
  'Chi nhánh',
  'Vườn quốc gia',
  'Hạt Kiểm lâm',
  'Trạm',
  // «Trại tạm giam Công an tỉnh», «Trại giam …», «Trại giống …» (not «Trại hè …», an event).
  'Trại tạm giam',
  'Trại giam',
  'Trại giống',
  'Khu bảo tồn',
  // A road authority of the ministry («Khu Quản lý đường bộ IV»).
  'Khu Quản lý',
  // A province's cultural houses, each its own unit under the Sở («Bảo tàng tỉnh», «Thư viện tỉnh»,
  // «Nhà hát Ca múa nhạc …», «Nhà Văn hóa Thiếu nhi»).
  'Bảo tàng',
  'Thư viện',
  'Nhà hát',
  'Nhà Văn hóa',
  'Nhà văn hóa',
  // (The old tone mark, «hoá», is as common in typed names.)
  'Nhà Văn hoá',
  'Nhà văn hoá',
  // A port authority («Cảng vụ Hàng hải Hải Phòng», «Cảng vụ Đường thủy nội địa khu vực I»).
  'Cảng vụ',
  // The investor of a public project («Chủ đầu tư dự án», «các chủ đầu tư»): who carries it out.
  'Chủ đầu tư',
  // The contractor of a public project («nhà thầu thi công»), named beside its investor.
  'Nhà thầu',
  // A commune's own officers and the heads of its villages («Công chức Tài chính – Kế toán»).
  'Công chức',
  // A commune's plan names its officials («Đ/c Hoàng Văn Thắng - PCT UBND xã»): rule «named-official».
  'Đ/c',
  'Đồng chí',
  'Ông',
  'Bà',
  // The head of one village or quarter («Trưởng khu phố có trách nhiệm vận động …», «Trưởng ấp»).
  ...VILLAGE_UNITS.map((v) => `Trưởng ${v}`),
  // «Trưởng các thôn, khối phố»: the village heads, a group (person-posts.ts keeps the post).
  ...VILLAGE_UNITS.map((v) => `Trưởng các ${v}`),
  'Tổ trưởng',
  // Officers named by their office, who carry the work themselves: a judgment office's enforcement
  // officers («Chấp hành viên được phân công tổ chức thi hành …»), a procuracy's, a school's
  // form teachers.
  'Chấp hành viên',
  'Thẩm tra viên',
  'Kiểm sát viên',
  'Điều tra viên',
  'Giáo viên chủ nhiệm',
  // A school's own posts and units, in its own plan («Phó Hiệu trưởng phụ trách chuyên môn chỉ đạo …»,
  // «Tổ Văn phòng lập dự toán …», «Nhà trường báo cáo …», «Tổng phụ trách Đội …»).
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Tổ Văn phòng',
  'Tổ chuyên môn',
  'Các tổ chuyên môn',
  'Nhà trường',
  'Tổng phụ trách Đội',
  'Giáo viên bộ môn',
  'Nhân viên y tế',
  // A committee's own working groups: «Tổ giúp việc Ban Chỉ đạo» («Tổ» alone would take «Tổ chức …»).
  // An elected council's standing body: «Thường trực Hội đồng nhân dân tỉnh», «Thường trực HĐND xã».
  'Thường trực Hội đồng',
  'Thường trực HĐND',
  'Thường trực Tỉnh ủy',
  'Thường trực Đảng ủy',
  'Tổ giúp việc',
  // A ward's squads: «Đội Quản lý trật tự đô thị phường» («Đội ngũ», the staff, is no body).
  'Đội',
  'Tổ công tác',
  'Tổ Thư ký',
  // Abbreviations typed for a body's kind: «BCH Quân sự tỉnh», «BĐBP tỉnh», «BQL các khu công
  // nghiệp», «BHXH tỉnh», «KBNN khu vực», «NHNN chi nhánh», «LĐLĐ tỉnh».
  // A commune's own offices as a small office types them, never defined in the plan («P.KT chỉ đạo
  // …», «P.VHXH chủ trì …», «CA xã tăng cường …», «VP HĐND-UBND tham mưu …», «Bộ phận TC-KT …»).
  'P.KT',
  'P.VHXH',
  'P.VH-XH',
  'CA xã',
  'CA phường',
  'CA đặc khu',
  'TYT',
  'TT DVTH',
  'TTDVTH',
  'TTPVHCC',
  'TT PVHCC',
  'VP HĐND-UBND',
  'VP HĐND và UBND',
  'Bộ phận',
  'BCH',
  'BĐBP',
  'BQL',
  'BHXH',
  'KBNN',
  'NHNN',
  // The social policy bank («NHCSXH tỉnh», «Chi nhánh NHCSXH tỉnh»).
  'NHCSXH',
  'LĐLĐ',
];
// The same words without diacritics, for documents typed without them (or PDFs that lost them).
export const ASCII_STARTS: readonly string[] = [
  'So',
  'Uy ban',
  'Ban',
  'Bo',
  'Cong an',
  'Cong doan',
  'Dai',
  'Bao',
  'Thanh tra',
  'Van phong',
  'Cac',
  'Hoi',
  'Lien doan',
  'Tinh doan',
  'Cong thong tin',
  'Kho bac',
  'Cuc',
  'Ngan hang',
  'Mat tran',
  'Truong',
  'Trung tam',
  'Toa an',
  'Bao hiem',
  'Tinh uy',
];
