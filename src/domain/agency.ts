import { z } from 'zod';

export const AgencyKind = z.enum(['province', 'department', 'district', 'commune', 'group', 'other']);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  province: 'UBND/cơ quan cấp tỉnh',
  department: 'Sở, ban, ngành',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
  group: 'Nhóm cơ quan',
  other: 'Khác',
};

/** One row of the Cơ quan tab: an agency or a group assignee such as "Các sở, ban, ngành". */
export const Agency = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: AgencyKind,
  /** For a group: the kinds of agency it includes (e.g. every "department"). */
  memberKinds: z.array(AgencyKind),
  /** The agency that took over this one's work (2025 mergers), or "". */
  successor: z.string(),
  telegram: z.array(z.string()),
  zalo: z.array(z.string()),
  groupChat: z.string(),
});
export type Agency = z.infer<typeof Agency>;
