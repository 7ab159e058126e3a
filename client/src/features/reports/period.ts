// The report period, kept in the address (?period=30d or ?from=2025-03-01&to=2025-03-31) so a
// report can be bookmarked and shared. Days are the viewer's local days; `to` is inclusive here
// and exclusive (the next midnight) for the server.
export const PERIOD_PRESETS = ['7d', '30d', '90d', '365d', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type Period = { preset: PeriodPreset; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function localMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today = new Date()): { from: string; to: string } {
  const days = Number.parseInt(preset, 10);
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days + 1);
  return { from: isoDay(from), to: isoDay(today) };
}

export function periodFromParams(params: URLSearchParams, today = new Date()): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DAY_RE.test(from) && DAY_RE.test(to)) return { preset: 'custom', from, to };
  const preset = params.get('period');
  const known = preset && (PERIOD_PRESETS as readonly string[]).includes(preset) && preset !== 'custom' ? (preset as Exclude<PeriodPreset, 'custom'>) : '30d';
  return { preset: known, ...presetRange(known, today) };
}

/** What the server receives: [from, to) as instants. */
export function periodInput(period: Period): { from: Date; to: Date } {
  const to = localMidnight(period.to);
  return { from: localMidnight(period.from), to: new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1) };
}
