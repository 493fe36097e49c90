import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Conversation } from '#src/conversation/engine.js';
import type { Sender } from '#src/chat/message.js';
import { createPlainSession } from '../plain-session.js';
import { renderPlain } from '#src/chat/plain-text.js';

export interface ConsoleOptions {
  conversation: Conversation;
  sender: Sender;
  input: Readable;
  output: Writable;
  /** A terminal: greet and show a prompt. Piped: one reply per input line, nothing else. */
  interactive: boolean;
  greeting: string;
}

/**
 * The console channel: one message per line in, each reply out. A number answers the
 * previous reply's numbered choices and «tiếp»/«trước» turn pages, as on Zalo. Resolves at
 * end of input.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { conversation, sender, input, output, interactive } = options;
  const rl = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  const session = createPlainSession();
  const write = (textOut: string) => output.write(`${textOut}\n`);
  if (interactive) {
    write(options.greeting);
    rl.setPrompt('> ');
    rl.prompt();
  }
  // Lines are queued and answered one at a time; end of input (Ctrl+D, or the end of a
  // pipe) waits for the queued replies, even when it arrives while a reply is computed.
  let closed = false;
  let queue = Promise.resolve();
  const answer = async (line: string) => {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const reply = await conversation.handle({
        text: session.interpret(trimmed),
        sender,
        chat: { id: sender.id, kind: 'private' },
      });
      session.remember(reply);
      write(renderPlain(reply));
      if (!interactive) write('');
    }
    if (interactive && !closed) rl.prompt();
  };
  await new Promise<void>((resolve, reject) => {
    rl.on('line', (line) => {
      queue = queue.then(() => answer(line));
      queue.catch(reject);
    });
    rl.once('close', () => {
      closed = true;
      queue.then(resolve, reject);
    });
  });
}
