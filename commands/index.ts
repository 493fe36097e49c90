import type { ChatCommand } from '#src/conversation/command.js';
import { baocao } from './baocao.js';
import { capnhat } from './capnhat.js';
import { dangky } from './dangky.js';
import { daumoi } from './daumoi.js';
import { duyet, tuchoi } from './duyet.js';
import { ghide } from './ghide.js';
import { giahan } from './giahan.js';
import { hoantac } from './hoantac.js';
import { kiemtra } from './kiemtra.js';
import { nhacphoihop } from './nhacphoihop.js';
import { nhap } from './nhap.js';
import { nhiemvu } from './nhiemvu.js';
import { quahan } from './quahan.js';
import { sapden } from './sapden.js';
import { taibaocao } from './taibaocao.js';
import { theodoi } from './theodoi.js';
import { tralai } from './tralai.js';
import { trogiup } from './trogiup.js';
import { xacnhan } from './xacnhan.js';
import { xem } from './xem.js';

/** Every chat command, in the order help lists them. */
export const COMMANDS: readonly ChatCommand[] = [
  nhiemvu,
  quahan,
  sapden,
  xem,
  capnhat,
  baocao,
  dangky,
  theodoi,
  giahan,
  nhacphoihop,
  trogiup,
  // Reached by buttons and by coordinators; help lists them apart.
  hoantac,
  ghide,
  xacnhan,
  tralai,
  duyet,
  tuchoi,
  daumoi,
  kiemtra,
  nhap,
  taibaocao,
];
