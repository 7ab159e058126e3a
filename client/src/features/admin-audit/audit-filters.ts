// The audit log's filters live in the address, so a filtered view can be shared or reloaded.
import type { AuditListInput } from '@shared/schemas/audit';

export const FILTER_KEYS = ['actorId', 'action', 'entityType', 'entityId', 'siteId', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterValues = Record<FilterKey, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams): FilterValues {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as FilterValues;
}

/** The list input for the filters; malformed values are ignored rather than refused. */
export function toListInput(f: FilterValues, page: number, perPage: number): AuditListInput {
  const input: AuditListInput = { page, perPage };
  if (UUID.test(f.actorId)) input.actorId = f.actorId;
  if (UUID.test(f.siteId)) input.siteId = f.siteId;
  if (f.action.trim()) input.action = f.action.trim().slice(0, 200);
  if (f.entityType.trim()) input.entityType = f.entityType.trim().slice(0, 200);
  if (f.entityId.trim()) input.entityId = f.entityId.trim().slice(0, 200);
  // Days are the admin's local days: from the first to the last millisecond.
  if (DAY.test(f.from)) input.from = new Date(`${f.from}T00:00:00`);
  if (DAY.test(f.to)) input.to = new Date(`${f.to}T23:59:59.999`);
  if (input.from && input.to && input.from > input.to) delete input.to;
  return input;
}

export function hasFilters(f: FilterValues): boolean {
  return FILTER_KEYS.some((k) => f[k] !== '');
}
