import type { ChatCommand } from '#src/conversation/command.js';
import { baocao } from './baocao.js';
import { capnhat } from './capnhat.js';
import { dangky } from './dangky.js';
import { nhiemvu } from './nhiemvu.js';
import { quahan } from './quahan.js';
import { sapden } from './sapden.js';
import { theodoi } from './theodoi.js';
import { trogiup } from './trogiup.js';
import { xem } from './xem.js';

/** Every chat command, in the order help lists them. */
export const COMMANDS: readonly ChatCommand[] = [nhiemvu, quahan, sapden, xem, capnhat, baocao, dangky, theodoi, trogiup];
