import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/plans/read.js';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ExtractedTask } from '../../src/plans/types.js';

// The eleventh session's rules, each on the real development document where a coordinator lost
// rows or got the wrong body: PDFs as LibreOffice draws them from Word (centred header cells,
// group rows with a total, uniform line spacing) and plans of bodies that name people and posts.

const PLANS = join(import.meta.dirname, '..', 'fixtures', 'plans');
const plan = (folder: string, file: string) => readPlanFile(join(PLANS, folder, file));
const task = (tasks: readonly ExtractedTask[], opening: string): ExtractedTask => {
  const found = tasks.find((t) => t.content.startsWith(opening));
  if (!found) throw new Error(`no task opens with «${opening}»`);
  return found;
};

describe('a long appendix table read from its PDF', () => {
  it('keeps the rows after a group row that carries its total («II … 2.120»), and a cell citing «Phụ lục 2)»', async () => {
    const { tasks } = await plan('new-writers-26', 'thainguyen-245-2026-phong-chong-benh-truyen-nhiem-syt.pdf');
    expect(task(tasks, 'Tham mưu Ủy ban nhân dân tỉnh kiện toàn Ban Chỉ đạo').lead).toEqual(['Phòng Nghiệp vụ Y']);
    expect(task(tasks, 'Duy trì giám sát trọng điểm bệnh cúm').lead).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
    expect(tasks.filter((t) => t.source?.startsWith('Phụ lục'))).toHaveLength(25);
  });

  it('reads «-nt-» as the body above, not as the start of the next row’s name', async () => {
    const { tasks } = await plan('new-writers-26', 'thainguyen-245-2026-phong-chong-benh-truyen-nhiem-syt.pdf');
    expect(task(tasks, 'Tổ chức các hoạt động hưởng ứng Ngày ASEAN').lead).toEqual([
      'Trung tâm Kiểm soát bệnh tật tỉnh',
    ]);
    expect(task(tasks, 'Tổng hợp, báo cáo sơ kết 6 tháng').lead).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });

  it('spells out the short names of a key that runs over two paragraphs («…; VPUBND - …;» / «TTPVHCC - …»)', async () => {
    const { tasks } = await plan('new-writers-26', 'hatinh-386-2026-cai-cach-hanh-chinh-nam-2027.pdf');
    const leads = tasks.flatMap((t) => t.lead);
    expect(leads).toContain('Trung tâm Phục vụ hành chính công tỉnh');
    expect(leads).not.toContain('TTPVHCC');
  });

  it('reads the header whose two-line cells Word centred half a line above the others', async () => {
    const { tasks } = await plan('new-writers-28', 'phutho-1052-2026-cao-diem-thu-giam-no-bhxh-tinh.pdf');
    const first = task(tasks, 'Rà soát, phân loại danh sách ĐVSDLĐ nợ');
    expect(first.lead).toEqual(['Phòng Quản lý thu và Phát triển người tham gia']);
    expect(first.deadline).toBe('2026-07-20');
    expect(tasks.filter((t) => t.source?.startsWith('Phụ lục'))).toHaveLength(14);
  });
});

describe('rows, names and headings a PDF breaks apart', () => {
  it('starts a measure’s row where its cells open again beside a merged finding', async () => {
    const { tasks } = await plan('new-writers-15', 'hanoi-19-2026-khac-phuc-ket-luan-thanh-tra-phuong-viet-hung.pdf');
    const second = task(tasks, 'Buộc tháo dỡ phần xây dựng sai phép');
    // «Hết QII/202» / «6» is one date, and «VP HĐND-» / «UBND» one office.
    expect(second.deadline).toBe('2026-06-30');
    expect(task(tasks, 'Rà soát, thu hồi hoặc điều chỉnh 05 văn bản').lead).toContain('Văn phòng HĐND và UBND phường');
  });

  it('ends a bold title at its line even when the next line opens in bold', async () => {
    const { tasks } = await plan('new-writers-11', 'dongnai-2870-2026-sot-xuat-huyet-tay-chan-mieng.pdf');
    expect(task(tasks, 'Tăng cường giám sát chủ động').lead).toEqual(['Trung tâm Kiểm soát bệnh tật tỉnh']);
  });

  it('does not take a document without paragraph spacing for its two-column heading', async () => {
    const doc = await readDocument(
      join(PLANS, 'new-writers-13', 'laocai-1947-2026-quy-che-phoi-hop-tin-nguong-ton-giao.pdf'),
    );
    expect(new Set(doc.blocks.map((b) => b.page)).size).toBe(4);
    const { tasks } = await plan('new-writers-13', 'laocai-1947-2026-quy-che-phoi-hop-tin-nguong-ton-giao.pdf');
    const festivals = task(tasks, 'Hướng dẫn, kiểm tra việc tổ chức lễ hội');
    expect(festivals.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(festivals.deadline).toBe('2027-01-15');
  });

  it('ends a table at the numbered heading a paragraph’s space below it', async () => {
    const { tasks } = await plan('new-writers-20', 'hatinh-27-2026-hien-dat-mo-rong-duong-xa-duc-tho.pdf');
    const standing = task(tasks, 'Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã thành lập');
    expect(standing.lead).toEqual(['Phòng Kinh tế']);
    expect(standing.deadline).toBe('2026-03-25');
  });

  it('leaves a table of targets by village alone though its two-row header was lost', async () => {
    const { tasks } = await plan('new-writers-22', 'daklak-72-2026-bhxh-tu-nguyen-bhyt-xa-ea-kar.pdf');
    expect(tasks.filter((t) => /^[\d.,\s%]+$/u.test(t.content))).toEqual([]);
  });
});

describe('people and posts as leads', () => {
  it('spells out the posts of a key announced in a sentence and keeps a named teacher with the post', async () => {
    const { tasks } = await plan('new-writers-28', 'lamdong-214-2026-hoat-dong-dau-nam-hoc-thpt-bui-thi-xuan.md');
    expect(task(tasks, 'Phân công chuyên môn, phân công GVCN').lead).toEqual(['Hiệu trưởng']);
    expect(task(tasks, 'Xếp lớp 10, xây dựng thời khóa biểu').lead).toEqual(['Trần Quốc Việt, Phó Hiệu trưởng']);
  });

  it('keeps «Bà … , Phó Giám đốc» as the person, and reads «Bộ phận/Người thực hiện» as the lead column', async () => {
    const { tasks } = await plan('new-writers-28', 'phutho-1052-2026-cao-diem-thu-giam-no-bhxh-tinh.md');
    expect(task(tasks, 'Giao ban trực tuyến với BHXH cơ sở').lead).toEqual(['Nguyễn Thị Thu Hằng, Phó Giám đốc']);
    expect(task(tasks, 'Đối chiếu dữ liệu người lao động').lead).toEqual(['Phòng Công nghệ thông tin']);
    // «P.KHTC:» opens its item as a body, spelled out by the key under the table.
    expect(task(tasks, 'Bảo đảm kinh phí tuyên truyền').lead).toEqual(['Phòng Kế hoạch - Tài chính']);
  });
});

describe('review-11 probes: look-alike rules stay off real task tables', () => {
  it('reads a task table whose time column counts days and whose targets are percentages', async () => {
    const { tasks } = await plan('review-11', 'f1-thoi-gian-so-ngay.md');
    expect(tasks.map((t) => t.content)).toHaveLength(4);
    expect(task(tasks, 'Cập nhật, làm sạch dữ liệu đất đai').lead).toEqual(['Phòng Kinh tế']);
  });

  it('reads a task table with a «Chỉ tiêu (%)» and a «Kinh phí» column and no time', async () => {
    const { tasks } = await plan('review-11', 'f2-chi-tieu-kinh-phi.md');
    expect(tasks).toHaveLength(4);
    expect(task(tasks, 'Sửa chữa nhà ở cho hộ nghèo').lead).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
  });
});

describe('review-11 probes: tables a PDF used to lose', () => {
  it('keeps a table whose group rows are merged across the whole row, the STT cell too', async () => {
    const { tasks } = await plan('review-11', 'r3b-dong-nhom-gop.pdf');
    expect(tasks).toHaveLength(5);
    expect(task(tasks, 'Tổ chức Giải việt dã truyền thống').lead).toEqual([
      'Trung tâm Huấn luyện và Thi đấu thể thao tỉnh',
    ]);
  });

  it('keeps one row where a cell holds an empty paragraph between two co-leads', async () => {
    const { tasks } = await plan('review-11', 'r4-dong-trong-trong-o.pdf');
    expect(tasks).toHaveLength(3);
    expect(task(tasks, 'Rà soát, chuẩn hóa quy trình nội bộ').content).toContain('thông đăng ký khai sinh');
  });

  it('does not end a table at a cell line «Phụ lục 2 kèm theo Kế hoạch này»', async () => {
    const { tasks } = await plan('review-11', 'a2-o-dan-phu-luc.pdf');
    expect(task(tasks, 'Rà soát danh sách người chưa tham gia bảo hiểm y tế').content).toContain(
      'Phụ lục 2 kèm theo Kế hoạch này',
    );
  });

  it('keeps one row per task in a table numbered inside its content cell, cells centred beside it', async () => {
    const { tasks } = await plan('review-11', 'r3a-noi-dung-danh-so.pdf');
    expect(tasks).toHaveLength(4);
    expect(tasks.map((t) => t.lead)).toEqual([['Phòng Kinh tế'], expect.anything(), expect.anything(), ['Công an xã']]);
  });
});

describe('short forms inside a name and keys broken across lines', () => {
  it('spells out a defined short form inside a lead and drops a lower-case role bracket', async () => {
    const { tasks } = await plan('new-writers-28', 'lamdong-214-2026-hoat-dong-dau-nam-hoc-thpt-bui-thi-xuan.md');
    expect(task(tasks, 'Thu, chi các khoản thu đầu năm học').lead).toEqual(['Tổ Văn phòng']);
    expect(tasks.flatMap((t) => t.lead)).toContain('Chủ tịch Công đoàn cơ sở');
  });

  it('reads a key whose entry a PDF line breaks after «P.CNTT:»', async () => {
    const { tasks } = await plan('new-writers-28', 'phutho-1052-2026-cao-diem-thu-giam-no-bhxh-tinh.pdf');
    expect(task(tasks, 'Bảo đảm hạ tầng, đường truyền').lead).toEqual(['Phòng Công nghệ thông tin']);
    expect(task(tasks, 'Phân công 01 lãnh đạo phòng').lead).toEqual(['Các phòng nghiệp vụ thuộc Bảo hiểm xã hội tỉnh']);
  });
});

describe('plans written before the 2025 reform', () => {
  it('names a body by itself, without its merger in brackets', async () => {
    const { tasks } = await plan('new-writers-30', 'nghean-4127-2025-nhiem-vu-chuyen-tiep-ket-thuc-cap-huyen.md');
    expect(task(tasks, 'Chủ trì hướng dẫn kiểm kê, bàn giao tài sản công').lead).toEqual(['Sở Tài chính']);
    expect(task(tasks, 'Phối hợp với Sở Nội vụ rà soát danh sách đối tượng bảo trợ xã hội').lead).toEqual(['Sở Y tế']);
  });
});

describe('tables whose every cell Word centred in its height', () => {
  it('keeps each row’s first line with the number centred beside its second', async () => {
    const { tasks } = await plan('new-writers-32', 'angiang-1186-2026-san-xuat-lua-he-thu-snnmt.pdf');
    const first = task(tasks, 'Ban hành văn bản hướng dẫn khung lịch thời vụ');
    expect(first.lead).toEqual(['Chi cục Trồng trọt và Bảo vệ thực vật']);
    expect(tasks.filter((t) => t.content === '')).toEqual([]);
  });

  it('keeps a table whose first row’s number stands below a group row merged across', async () => {
    const { tasks } = await plan('new-writers-32', 'gialai-86-2026-phat-trien-thuong-mai-dien-tu.pdf');
    expect(task(tasks, 'Xây dựng bộ chỉ tiêu thống kê thương mại điện tử').deadline).toBe('2026-06-30');
    expect(tasks.filter((t) => t.source?.startsWith('Phụ lục')).length).toBeGreaterThanOrEqual(16);
  });

  it('gives the last word of a long content line to the content, not to the column whose label starts near it', async () => {
    const { tasks } = await plan('new-writers-32', 'bacninh-86-2026-thang-cong-nhan-ldld-tinh.pdf');
    expect(task(tasks, 'Phối hợp tổ chức Hội nghị đối thoại').lead).toEqual(['Ban Chính sách - Pháp luật']);
    expect(task(tasks, 'Tham mưu Ban Thường vụ ban hành Kế hoạch').lead).toEqual(['Ban Tuyên giáo - Nữ công']);
  });
});

describe('text copied out of a PDF viewer', () => {
  it('keeps a numbered heading apart from the sentence that restates it', async () => {
    const { tasks } = await plan('new-writers-32', 'thanhhoa-214-2026-cong-tac-gia-dinh-svhttdl.md');
    const union = task(tasks, 'Phối hợp tuyên truyền, vận động hội viên');
    expect(union.lead).toEqual(['Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh đoàn Thanh Hóa']);
  });
});

describe('review-12 probes: the last batch stays off ordinary documents', () => {
  it('starts a row at its number when an empty paragraph made the spacing above the row before', async () => {
    const { tasks } = await plan('review-12', 'c2-doan-trong-cuoi-o.pdf');
    expect(tasks).toHaveLength(5);
    expect(task(tasks, 'Tuyên truyền trên hệ thống loa truyền thanh').lead).toEqual(['Trung tâm Dịch vụ tổng hợp xã']);
  });

  it('leaves «UBND tỉnh» inside a name alone when the key spells «UBND» with its place', async () => {
    const { tasks } = await plan('review-12', 'a1-viet-tat-ubnd.md');
    expect(task(tasks, 'Công bố danh mục thủ tục hành chính').lead).toEqual(['Văn phòng HĐND và UBND tỉnh']);
    expect(task(tasks, 'Rà soát quy trình nội bộ').lead).toEqual(['Các phòng chuyên môn thuộc UBND cấp huyện']);
  });

  it('keeps an item whose first line ends in a comma whole, though the next line names the same body', async () => {
    const { tasks } = await plan('review-12', 'h1-uy-ban-nhan-dan-lap-lai.md');
    expect(task(tasks, 'Chủ động rà soát các khu dân cư có nguy cơ sạt lở').content).toContain('báo cáo kết quả');
  });
});
