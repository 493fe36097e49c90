/**
 * Zalo groups (beta) carry everyone's talk to the bot; it answers only what is meant for
 * it, and never every message:
 * - a command: the message starts with "/" ("/nhiemvu Sở Tư pháp");
 * - a mention of the bot's name: "@Đôn Đốc nhiệm vụ của Sở Tư pháp", anywhere in the text;
 * - a call at the start: "bot ơi, …", "Đôn Đốc ơi …" (or the bot's own name followed by "ơi").
 * The mention or call is taken out; what remains is the message. Zalo has no reply-to-bot
 * signal, so a bare "2" in a group is not for the bot: "bot ơi 2" is.
 */
const CALL_WORDS = ['bot', 'đôn đốc', 'don doc', 'dondoc'];
const END = String.raw`(?=$|[\s,.:;!?])`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text meant for the bot, or null when a group message is not addressed to it. */
export function addressedText(text: string, botNames: readonly string[]): string | null {
  const message = text.normalize('NFC').trim();
  if (message.startsWith('/')) return message;
  const names = [...new Set(botNames.map((name) => name.normalize('NFC').trim()).filter((name) => name !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  for (const name of names) {
    const mention = new RegExp(`(^|\\s)@${escape(name)}${END}[\\s,.:;!?]*`, 'giu');
    const without = message.replace(mention, '$1');
    if (without !== message) return cleaned(without);
  }
  const calls = [...names, ...CALL_WORDS].map(escape).join('|');
  const call = new RegExp(`^(?:${calls})\\s+(?:ơi|oi)${END}[\\s,.:;!?-]*`, 'iu');
  if (call.test(message)) return cleaned(message.replace(call, ''));
  return null;
}

/** "@bot" alone: show what the bot can do. */
function cleaned(text: string): string {
  const rest = text.replace(/\s+/g, ' ').trim();
  return rest === '' ? '/trogiup' : rest;
}
