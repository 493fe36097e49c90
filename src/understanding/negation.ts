/**
 * What the writer says they do not mean: "chứ không phải quá hạn", "không phải Sở Tư pháp,",
 * "không cần thống kê", "không phải hoàn thành mà là đang hoàn thiện". The clause is left out
 * before the message is read, so its words choose neither the intent, the agency nor the
 * status. A clause that ends in a question tag ("không phải của bên em đúng không") is a
 * question and stays.
 */
const NEGATED =
  /(?<![\p{L}])(?:chứ\s+|chu\s+)?(?:không phải là|không phải|khong phai la|khong phai|ko phải|ko phai|không cần|khong can|chưa cần|chua can|không hỏi|khong hoi|không hẳn là|khong han la)(?![\p{L}])[^,.;:!?]{1,60}?(?=\s*[,.;:!?]|\s+(?:mà|ma)(?![\p{L}])|$)/giu;
const QUESTION_TAG = /(?:đúng|phải|dung|phai)\s+(?:không|khong|ko)(?![\p{L}])/iu;

export function withoutNegated(text: string): string {
  return text.replace(NEGATED, (clause) => (QUESTION_TAG.test(clause) ? clause : ' '));
}
