import type { ChatCommand } from '#src/conversation/command.js';
import { askExtension } from '#src/conversation/extension-chat.js';

/**
 * A request to extend a task's deadline («xin gia hạn TN60-05 đến 30/7 vì chờ vốn»): from a
 * focal point of the lead agency it is written in the Đề nghị gia hạn cell and sent to the
 * coordinators (Duyệt / Từ chối); from a coordinator it extends at once.
 */
export const giahan: ChatCommand = {
  name: 'giahan',
  aliases: [],
  intent: 'extension_request',
  description: 'Đề nghị gia hạn một nhiệm vụ: mã, ngày mới, lý do',
  usage: '/giahan <mã> <ngày> <lý do>',
  examples: ['/giahan TN60-05 30/7 chờ kinh phí', 'xin gia hạn TN60-05 đến 30/7 vì chờ ý kiến Bộ'],
  needsTasks: true,
  handle: (ctx, request) => askExtension(ctx, request),
};
