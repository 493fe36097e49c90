import { z } from 'zod';

export const Channel = z.enum(['console', 'telegram', 'zalo']);
export type Channel = z.infer<typeof Channel>;

/** What the sender may do: coordinators everything, focal points their agency's tasks. */
export type Role = { kind: 'coordinator' } | { kind: 'focal'; agency: string } | { kind: 'guest' };

export interface Sender {
  channel: Channel;
  id: string;
  name: string;
  role: Role;
}

export interface IncomingMessage {
  text: string;
  sender: Sender;
  chat: { id: string; kind: 'private' | 'group'; title?: string };
}

/** Chat input as it enters the core: text capped so a pasted novel cannot stall the bot. */
export const MessageText = z
  .string()
  .transform((value) =>
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .normalize('NFC')
      .trim(),
  )
  .pipe(z.string().max(4000));
