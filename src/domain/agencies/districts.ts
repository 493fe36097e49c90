/**
 * Vietnam's district-level units (đơn vị hành chính cấp huyện): huyện, thị xã, thành phố thuộc
 * tỉnh (or thuộc thành phố trung ương) and quận, with their names as officially written.
 *
 * Scope: every unit that existed at some time between 1 January 2023 and 30 June 2025 (the
 * district level was abolished on 1 July 2025, but the 2023–2024 plans still assign work to
 * districts). A unit renamed, merged or upgraded in that window is listed under each name it had
 * (e.g. huyện Yên Dũng, merged into TP Bắc Giang on 1 January 2025, and thị xã Chũ, set up then),
 * and with its last unit type (Phổ Yên: thành phố since 2022). Source: the GSO administrative-unit
 * list (danh mục đơn vị hành chính, Tổng cục Thống kê) as of early 2025, completed with the units
 * merged away by the 2023–2025 resolutions of the National Assembly Standing Committee; names use
 * the list's spelling ("Hóa", "Thủy"; "Đăk Đoa" in Gia Lai, "Đắk Glei" in Kon Tum).
 *
 * Format, one line per province: units separated by ", "; a prefix gives the unit type ("TP "
 * thành phố, "TX " thị xã, "Q " quận, none: huyện); a trailing "~" marks a name that is also an
 * ordinary phrase once diacritics are dropped ("Văn Bàn" = "văn bản", "Cồn Cỏ" = "còn có",
 * "La Gi" = "là gì"), which is never recognised without a unit word in front of it.
 *
 * Order matters: when the same name is in several provinces and nothing tells them apart, the
 * first listed wins. The provinces of the demo plans (Thái Nguyên, Gia Lai, Cao Bằng) come first,
 * then the others in GSO code order.
 */
export type DistrictUnit = 'huyện' | 'thị xã' | 'thành phố' | 'quận';

export interface District {
  /** Province as in the GSO list without "Tỉnh"/"Thành phố": "Thái Nguyên", "Bà Rịa - Vũng Tàu". */
  readonly province: string;
  readonly unit: DistrictUnit;
  /** Proper name with diacritics: "Võ Nhai", "Phan Rang-Tháp Chàm", "1" (Quận 1). */
  readonly name: string;
  /** The folded name is an ordinary phrase: recognised only after a unit word (see the file comment). */
  readonly common: boolean;
}

const DATA: readonly (readonly [province: string, units: string])[] = [
  ['Thái Nguyên', 'TP Thái Nguyên, TP Sông Công, TP Phổ Yên, Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai, Đại Từ, Phú Bình'],
  [
    'Gia Lai',
    'TP Pleiku, TX An Khê, TX Ayun Pa, KBang, Đăk Đoa, Chư Păh, Ia Grai, Mang Yang, Kông Chro, Đức Cơ, Chư Prông, Chư Sê~, ' +
      'Đăk Pơ, Ia Pa, Krông Pa, Phú Thiện, Chư Pưh',
  ],
  ['Cao Bằng', 'TP Cao Bằng, Bảo Lâm, Bảo Lạc, Hà Quảng, Trùng Khánh, Hạ Lang, Quảng Hòa, Hòa An, Nguyên Bình, Thạch An'],
  [
    'Hà Nội',
    'Q Ba Đình, Q Hoàn Kiếm, Q Tây Hồ, Q Long Biên, Q Cầu Giấy, Q Đống Đa, Q Hai Bà Trưng, Q Hoàng Mai, Q Thanh Xuân~, ' +
      'Sóc Sơn, Đông Anh, Gia Lâm, Q Nam Từ Liêm, Thanh Trì, Q Bắc Từ Liêm, Mê Linh, Q Hà Đông, TX Sơn Tây, Ba Vì, Phúc Thọ, ' +
      'Đan Phượng, Hoài Đức, Quốc Oai, Thạch Thất, Chương Mỹ, Thanh Oai, Thường Tín, Phú Xuyên, Ứng Hòa, Mỹ Đức',
  ],
  ['Hà Giang', 'TP Hà Giang, Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Vị Xuyên, Bắc Mê, Hoàng Su Phì, Xín Mần, Bắc Quang, Quang Bình'],
  ['Bắc Kạn', 'TP Bắc Kạn, Pác Nặm, Ba Bể, Ngân Sơn, Bạch Thông, Chợ Đồn~, Chợ Mới~, Na Rì'],
  ['Tuyên Quang', 'TP Tuyên Quang, Lâm Bình, Na Hang, Chiêm Hóa, Hàm Yên, Yên Sơn, Sơn Dương'],
  ['Lào Cai', 'TP Lào Cai, Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà, Bảo Thắng, Bảo Yên, TX Sa Pa, Văn Bàn~'],
  [
    'Điện Biên',
    'TP Điện Biên Phủ, TX Mường Lay, Mường Nhé, Mường Chà, Tủa Chùa, Tuần Giáo~, Điện Biên, Điện Biên Đông, Mường Ảng, Nậm Pồ',
  ],
  ['Lai Châu', 'TP Lai Châu, Tam Đường, Mường Tè, Sìn Hồ, Phong Thổ, Than Uyên, Tân Uyên, Nậm Nhùn'],
  ['Sơn La', 'TP Sơn La, Quỳnh Nhai, Thuận Châu, Mường La, Bắc Yên, Phù Yên, TX Mộc Châu, Yên Châu, Mai Sơn, Sông Mã, Sốp Cộp, Vân Hồ'],
  ['Yên Bái', 'TP Yên Bái, TX Nghĩa Lộ, Lục Yên, Văn Yên, Mù Căng Chải, Trấn Yên, Trạm Tấu, Văn Chấn, Yên Bình~'],
  ['Hòa Bình', 'TP Hòa Bình, Đà Bắc, Lương Sơn, Kim Bôi, Cao Phong, Tân Lạc, Mai Châu, Lạc Sơn, Yên Thủy, Lạc Thủy'],
  ['Lạng Sơn', 'TP Lạng Sơn, Tràng Định, Bình Gia, Văn Lãng, Cao Lộc, Văn Quan, Bắc Sơn, Hữu Lũng, Chi Lăng, Lộc Bình, Đình Lập'],
  [
    'Quảng Ninh',
    'TP Hạ Long, TP Móng Cái, TP Cẩm Phả, TP Uông Bí, Bình Liêu, Tiên Yên, Đầm Hà, Hải Hà, Ba Chẽ, Vân Đồn~, TP Đông Triều, ' +
      'TX Quảng Yên, Cô Tô~',
  ],
  ['Bắc Giang', 'TP Bắc Giang, Yên Thế, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Yên Dũng, TX Việt Yên, Hiệp Hòa, TX Chũ'],
  [
    'Phú Thọ',
    'TP Việt Trì, TX Phú Thọ, Đoan Hùng, Hạ Hòa, Thanh Ba, Phù Ninh, Yên Lập, Cẩm Khê, Tam Nông~, Lâm Thao, Thanh Sơn, ' +
      'Thanh Thủy, Tân Sơn',
  ],
  ['Vĩnh Phúc', 'TP Vĩnh Yên, TP Phúc Yên, Lập Thạch, Tam Dương, Tam Đảo, Bình Xuyên, Yên Lạc, Vĩnh Tường, Sông Lô'],
  ['Bắc Ninh', 'TP Bắc Ninh, Yên Phong, TX Quế Võ, Tiên Du~, TP Từ Sơn, TX Thuận Thành, Gia Bình, Lương Tài'],
  [
    'Hải Dương',
    'TP Hải Dương, TP Chí Linh, Nam Sách, TX Kinh Môn, Kim Thành, Thanh Hà, Cẩm Giàng, Bình Giang, Gia Lộc, Tứ Kỳ~, ' +
      'Ninh Giang, Thanh Miện',
  ],
  [
    'Hải Phòng',
    'Q Hồng Bàng, Q Ngô Quyền, Q Lê Chân, Q Hải An, Q Kiến An, Q Đồ Sơn, Q Dương Kinh, TP Thủy Nguyên, Q An Dương, An Lão, ' +
      'Kiến Thụy, Tiên Lãng, Vĩnh Bảo, Cát Hải, Bạch Long Vĩ',
  ],
  ['Hưng Yên', 'TP Hưng Yên, Văn Lâm~, Văn Giang, Yên Mỹ, TX Mỹ Hào, Ân Thi, Khoái Châu, Kim Động, Tiên Lữ, Phù Cừ'],
  ['Thái Bình', 'TP Thái Bình, Quỳnh Phụ, Hưng Hà, Đông Hưng, Thái Thụy, Tiền Hải, Kiến Xương, Vũ Thư'],
  ['Hà Nam', 'TP Phủ Lý, TX Duy Tiên, TX Kim Bảng, Thanh Liêm~, Bình Lục, Lý Nhân'],
  ['Nam Định', 'TP Nam Định, Mỹ Lộc, Vụ Bản, Ý Yên, Nghĩa Hưng, Nam Trực, Trực Ninh, Xuân Trường, Giao Thủy, Hải Hậu'],
  ['Ninh Bình', 'TP Ninh Bình, TP Tam Điệp, Nho Quan, Gia Viễn, TP Hoa Lư, Yên Khánh, Kim Sơn, Yên Mô'],
  [
    'Thanh Hóa',
    'TP Thanh Hóa, TX Bỉm Sơn, TP Sầm Sơn, Mường Lát, Quan Hóa, Bá Thước, Quan Sơn, Lang Chánh, Ngọc Lặc, Cẩm Thủy, ' +
      'Thạch Thành, Hà Trung, Vĩnh Lộc, Yên Định, Thọ Xuân, Thường Xuân, Triệu Sơn, Thiệu Hóa, Hoằng Hóa, Hậu Lộc, Nga Sơn, ' +
      'Như Xuân, Như Thanh, Nông Cống, Đông Sơn, Quảng Xương, TX Nghi Sơn',
  ],
  [
    'Nghệ An',
    'TP Vinh, TX Cửa Lò, TX Thái Hòa, Quế Phong, Quỳ Châu, Kỳ Sơn, Tương Dương~, Nghĩa Đàn, Quỳ Hợp, Quỳnh Lưu, Con Cuông, ' +
      'Tân Kỳ, Anh Sơn, Diễn Châu, Yên Thành, Đô Lương~, Thanh Chương, Nghi Lộc, Nam Đàn, Hưng Nguyên, TX Hoàng Mai',
  ],
  [
    'Hà Tĩnh',
    'TP Hà Tĩnh, TX Hồng Lĩnh, Hương Sơn, Đức Thọ, Vũ Quang, Nghi Xuân, Can Lộc, Hương Khê, Thạch Hà, Cẩm Xuyên, TX Kỳ Anh, ' +
      'Kỳ Anh, Lộc Hà',
  ],
  ['Quảng Bình', 'TP Đồng Hới, Minh Hóa~, Tuyên Hóa, Quảng Trạch, Bố Trạch, Quảng Ninh, Lệ Thủy, TX Ba Đồn'],
  ['Quảng Trị', 'TP Đông Hà, TX Quảng Trị, Vĩnh Linh, Hướng Hóa, Gio Linh, Đa Krông, Cam Lộ, Triệu Phong, Hải Lăng, Cồn Cỏ~'],
  [
    'Thừa Thiên Huế',
    'TP Huế, Q Thuận Hóa, Q Phú Xuân, TX Phong Điền, Quảng Điền, Phú Vang, TX Hương Thủy, TX Hương Trà, A Lưới, Phú Lộc, Nam Đông',
  ],
  ['Đà Nẵng', 'Q Liên Chiểu, Q Thanh Khê, Q Hải Châu, Q Sơn Trà, Q Ngũ Hành Sơn, Q Cẩm Lệ, Hòa Vang, Hoàng Sa~'],
  [
    'Quảng Nam',
    'TP Tam Kỳ, TP Hội An, Tây Giang, Đông Giang, Đại Lộc, TX Điện Bàn, Duy Xuyên, Quế Sơn, Nam Giang, Phước Sơn, Hiệp Đức, ' +
      'Thăng Bình, Tiên Phước, Bắc Trà My, Nam Trà My, Núi Thành, Phú Ninh, Nông Sơn',
  ],
  [
    'Quảng Ngãi',
    'TP Quảng Ngãi, Bình Sơn, Trà Bồng, Sơn Tịnh, Tư Nghĩa, Sơn Hà, Sơn Tây, Minh Long, Nghĩa Hành, Mộ Đức, TX Đức Phổ, Ba Tơ~, Lý Sơn',
  ],
  ['Bình Định', 'TP Quy Nhơn, An Lão, TX Hoài Nhơn, Hoài Ân, Phù Mỹ, Vĩnh Thạnh, Tây Sơn, Phù Cát, TX An Nhơn, Tuy Phước, Vân Canh'],
  ['Phú Yên', 'TP Tuy Hòa, TX Sông Cầu, Đồng Xuân~, Tuy An, Sơn Hòa, Sông Hinh, Tây Hòa, Phú Hòa, TX Đông Hòa'],
  ['Khánh Hòa', 'TP Nha Trang, TP Cam Ranh, Cam Lâm, Vạn Ninh, TX Ninh Hòa, Khánh Vĩnh, Diên Khánh, Khánh Sơn, Trường Sa~'],
  ['Ninh Thuận', 'TP Phan Rang-Tháp Chàm, Bác Ái~, Ninh Sơn, Ninh Hải, Ninh Phước, Thuận Bắc, Thuận Nam'],
  [
    'Bình Thuận',
    'TP Phan Thiết, TX La Gi~, Tuy Phong, Bắc Bình, Hàm Thuận Bắc, Hàm Thuận Nam, Tánh Linh, Đức Linh, Hàm Tân, Phú Quý~',
  ],
  ['Kon Tum', "TP Kon Tum, Đắk Glei, Ngọc Hồi, Đắk Tô, Kon Plông, Kon Rẫy, Đắk Hà, Sa Thầy, Tu Mơ Rông, Ia H'Drai"],
  [
    'Đắk Lắk',
    "TP Buôn Ma Thuột, TX Buôn Hồ, Ea H'Leo, Ea Súp, Buôn Đôn, Cư M'gar, Krông Búk, Krông Năng, Ea Kar, M'Đrắk, Krông Bông, " +
      'Krông Pắc, Krông A Na, Lắk, Cư Kuin',
  ],
  ['Đắk Nông', "TP Gia Nghĩa, Đắk Glong, Cư Jút, Đắk Mil, Krông Nô, Đắk Song, Đắk R'Lấp, Tuy Đức"],
  [
    'Lâm Đồng',
    'TP Đà Lạt, TP Bảo Lộc, Đam Rông, Lạc Dương, Lâm Hà~, Đơn Dương, Đức Trọng, Di Linh, Bảo Lâm, Đạ Huoai, Đạ Tẻh, Cát Tiên',
  ],
  [
    'Bình Phước',
    'TX Phước Long, TP Đồng Xoài, TX Bình Long, Bù Gia Mập, Lộc Ninh, Bù Đốp, Hớn Quản, Đồng Phú, Bù Đăng, TX Chơn Thành, Phú Riềng',
  ],
  ['Tây Ninh', 'TP Tây Ninh, Tân Biên, Tân Châu, Dương Minh Châu, Châu Thành, TX Hòa Thành~, Gò Dầu, Bến Cầu, TX Trảng Bàng'],
  ['Bình Dương', 'TP Thủ Dầu Một, Bàu Bàng, Dầu Tiếng, TP Bến Cát, Phú Giáo, TP Tân Uyên, TP Dĩ An~, TP Thuận An, Bắc Tân Uyên'],
  [
    'Đồng Nai',
    'TP Biên Hòa, TP Long Khánh, Tân Phú, Vĩnh Cửu~, Định Quán, Trảng Bom, Thống Nhất~, Cẩm Mỹ, Long Thành, Xuân Lộc, Nhơn Trạch',
  ],
  ['Bà Rịa - Vũng Tàu', 'TP Vũng Tàu, TP Bà Rịa, Châu Đức, Xuyên Mộc, Long Điền, Đất Đỏ, Long Đất, TP Phú Mỹ, Côn Đảo'],
  [
    'Hồ Chí Minh',
    'Q 1, Q 12, Q Gò Vấp, Q Bình Thạnh, Q Tân Bình, Q Tân Phú, Q Phú Nhuận, TP Thủ Đức, Q 3, Q 10, Q 11, Q 4, Q 5, Q 6, Q 8, ' +
      'Q Bình Tân, Q 7, Củ Chi, Hóc Môn~, Bình Chánh, Nhà Bè, Cần Giờ',
  ],
  [
    'Long An',
    'TP Tân An, TX Kiến Tường, Tân Hưng, Vĩnh Hưng, Mộc Hóa, Tân Thạnh~, Thạnh Hóa, Đức Huệ, Đức Hòa, Bến Lức, Thủ Thừa, ' +
      'Tân Trụ, Cần Đước~, Cần Giuộc, Châu Thành',
  ],
  [
    'Tiền Giang',
    'TP Mỹ Tho, TP Gò Công, TX Cai Lậy, Tân Phước, Cái Bè, Cai Lậy, Châu Thành, Chợ Gạo, Gò Công Tây, Gò Công Đông, Tân Phú Đông',
  ],
  ['Bến Tre', 'TP Bến Tre, Châu Thành, Chợ Lách, Mỏ Cày Nam, Giồng Trôm, Bình Đại, Ba Tri, Thạnh Phú, Mỏ Cày Bắc'],
  ['Trà Vinh', 'TP Trà Vinh, Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải~, TX Duyên Hải~'],
  ['Vĩnh Long', 'TP Vĩnh Long, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, TX Bình Minh~, Trà Ôn, Bình Tân'],
  [
    'Đồng Tháp',
    'TP Cao Lãnh, TP Sa Đéc, TP Hồng Ngự, Tân Hồng, Hồng Ngự, Tam Nông~, Tháp Mười, Cao Lãnh, Thanh Bình~, Lấp Vò, Lai Vung, Châu Thành',
  ],
  [
    'An Giang',
    'TP Long Xuyên, TP Châu Đốc, An Phú, TX Tân Châu, Phú Tân, Châu Phú, TX Tịnh Biên, Tri Tôn, Châu Thành, Chợ Mới~, Thoại Sơn',
  ],
  [
    'Kiên Giang',
    'TP Rạch Giá, TP Hà Tiên, Kiên Lương, Hòn Đất, Tân Hiệp, Châu Thành, Giồng Riềng, Gò Quao, An Biên, An Minh, Vĩnh Thuận, ' +
      'TP Phú Quốc, Kiên Hải, U Minh Thượng, Giang Thành',
  ],
  ['Cần Thơ', 'Q Ninh Kiều, Q Ô Môn, Q Bình Thủy, Q Cái Răng, Q Thốt Nốt, Vĩnh Thạnh, Cờ Đỏ~, Phong Điền, Thới Lai'],
  ['Hậu Giang', 'TP Vị Thanh, TP Ngã Bảy, Châu Thành A, Châu Thành, Phụng Hiệp, Vị Thủy, Long Mỹ, TX Long Mỹ'],
  [
    'Sóc Trăng',
    'TP Sóc Trăng, Châu Thành, Kế Sách~, Mỹ Tú, Cù Lao Dung, Long Phú, Mỹ Xuyên, TX Ngã Năm, Thạnh Trị, TX Vĩnh Châu, Trần Đề',
  ],
  ['Bạc Liêu', 'TP Bạc Liêu, Hồng Dân, Phước Long, Vĩnh Lợi, TX Giá Rai, Đông Hải, Hòa Bình'],
  ['Cà Mau', 'TP Cà Mau, U Minh, Thới Bình, Trần Văn Thời, Cái Nước, Đầm Dơi, Năm Căn, Phú Tân, Ngọc Hiển'],
];

const PREFIXES: readonly (readonly [string, DistrictUnit])[] = [
  ['TP ', 'thành phố'],
  ['TX ', 'thị xã'],
  ['Q ', 'quận'],
];

function parse(): District[] {
  const out: District[] = [];
  for (const [province, list] of DATA) {
    for (const raw of list.split(', ')) {
      let text = raw.trim();
      let unit: DistrictUnit = 'huyện';
      for (const [prefix, u] of PREFIXES) {
        if (text.startsWith(prefix)) {
          unit = u;
          text = text.slice(prefix.length);
          break;
        }
      }
      const common = text.endsWith('~');
      out.push({ province, unit, name: common ? text.slice(0, -1) : text, common });
    }
  }
  return out;
}

/** Every listed unit, in the order above (demo provinces first). */
export const DISTRICTS: readonly District[] = parse();
