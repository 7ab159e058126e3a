import type { StudySite } from '@client/lib/public-api';

/** How much farther a center that speaks the family's language may be than the nearest one. */
export const LANGUAGE_TOLERANCE_KM = 100;

const primary = (code: string) => code.toLowerCase().split('-')[0]!;

export function speaks(site: Pick<StudySite, 'languages'>, language: string): boolean {
  const wanted = primary(language);
  return site.languages.some((code) => primary(code) === wanted);
}

/**
 * The center to suggest, as the server's routing would pick it without capacity information:
 * among the centers accepting inquiries (nearest first), the first that speaks the language
 * within LANGUAGE_TOLERANCE_KM of the nearest, else the nearest. Null without distances.
 */
export function suggestSite(sites: readonly StudySite[], language: string): StudySite | null {
  const candidates = sites
    .filter((site) => site.acceptingInquiries && site.distanceKm !== null)
    .sort((a, b) => a.distanceKm! - b.distanceKm!);
  const nearest = candidates[0];
  if (!nearest) return null;
  const limit = nearest.distanceKm! + LANGUAGE_TOLERANCE_KM;
  return candidates.find((site) => site.distanceKm! <= limit && speaks(site, language)) ?? nearest;
}
