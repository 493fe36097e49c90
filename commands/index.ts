import type { ChatCommand } from '#src/conversation/command.js';
import { nhiemvu } from './nhiemvu.js';
import { trogiup } from './trogiup.js';

/** Every chat command, in the order help lists them. */
export const COMMANDS: readonly ChatCommand[] = [nhiemvu, trogiup];
