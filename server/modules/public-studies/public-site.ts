// How a study's site looks to the public, and whether it takes inquiries for that study.
import { distanceKm } from "../routing/route-inquiry";

export const publicStudySiteSelect = {
  recruitmentStatus: true,
  acceptingInquiries: true,
  primaryContactName: true,
  site: {
    select: {
      id: true, name: true, city: true, state: true, countryCode: true, latitude: true, longitude: true,
      languages: true, active: true, acceptingInquiries: true,
    },
  },
} as const;

type StudySiteRow = {
  recruitmentStatus: string;
  acceptingInquiries: boolean;
  primaryContactName: string | null;
  site: {
    id: string; name: string; city: string; state: string | null; countryCode: string;
    latitude: number | null; longitude: number | null; languages: string[]; active: boolean; acceptingInquiries: boolean;
  };
};

export type PublicSite = {
  id: string; name: string; city: string; state: string | null; countryCode: string;
  latitude: number | null; longitude: number | null; distanceKm: number | null; languages: string[];
  recruitmentStatus: string; acceptingInquiries: boolean; primaryContactName: string | null;
};

export type Point = { lat: number; lon: number };

export function toPublicSite(row: StudySiteRow, from: Point | null): PublicSite {
  const s = row.site;
  const distance = from && s.latitude !== null && s.longitude !== null ? distanceKm(from, { lat: s.latitude, lon: s.longitude }) : null;
  return {
    id: s.id,
    name: s.name,
    city: s.city,
    state: s.state,
    countryCode: s.countryCode,
    latitude: s.latitude,
    longitude: s.longitude,
    distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
    languages: s.languages,
    recruitmentStatus: row.recruitmentStatus,
    acceptingInquiries: s.active && s.acceptingInquiries && row.acceptingInquiries && row.recruitmentStatus === "RECRUITING",
    primaryContactName: row.primaryContactName,
  };
}

/** Nearest first when distances are known, else by country and name. */
export function sortSites(sites: PublicSite[]): PublicSite[] {
  return [...sites].sort((a, b) => {
    if (a.distanceKm !== null && b.distanceKm !== null && a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
    if ((a.distanceKm === null) !== (b.distanceKm === null)) return a.distanceKm === null ? 1 : -1;
    return a.countryCode.localeCompare(b.countryCode) || a.name.localeCompare(b.name);
  });
}
