import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Conversation } from '#src/conversation/engine.js';
import type { Sender } from '#src/conversation/message.js';
import type { Choice } from '#src/conversation/reply.js';
import { renderPlain } from '../plain-text.js';

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
 * previous reply's numbered choices, as on Zalo. Resolves at end of input.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { conversation, sender, input, output, interactive } = options;
  const rl = createInterface({ input, terminal: interactive, ...(interactive ? { output } : {}) });
  let choices: Choice[] = [];
  const write = (textOut: string) => output.write(`${textOut}\n`);
  if (interactive) {
    write(options.greeting);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const trimmed = line.trim();
    if (trimmed !== '') {
      const picked = /^\d{1,2}$/.test(trimmed) ? choices[Number(trimmed) - 1] : undefined;
      const reply = await conversation.handle({
        text: picked ? picked.value : trimmed,
        sender,
        chat: { id: sender.id, kind: 'private' },
      });
      choices = reply.choices ?? [];
      write(renderPlain(reply));
      if (!interactive) write('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}
