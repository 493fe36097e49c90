import { reply, text, type Reply } from './reply.js';

/** Replies shared by several commands. */
export function emptySheetReply(): Reply {
  return reply(
    text('Bảng tính chưa có nhiệm vụ nào.'),
    text('Để nhập một kế hoạch, chạy trong thư mục dự án: npx dondoc import <tệp kế hoạch .docx, .pdf, .txt> --yes'),
  );
}

export function unknownReply(): Reply {
  return {
    blocks: [
      text('Xin lỗi, tôi chưa hiểu ý bạn. Bạn có thể hỏi, ví dụ: «nhiệm vụ của Sở Tư pháp», hoặc gõ /trogiup để xem hướng dẫn.'),
    ],
    choices: [
      { label: 'Xem hướng dẫn', value: '/trogiup' },
      { label: 'Nhiệm vụ của Sở Tư pháp', value: 'nhiệm vụ của Sở Tư pháp' },
    ],
  };
}
