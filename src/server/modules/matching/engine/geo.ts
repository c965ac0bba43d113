// Great-circle distance and its decay into a geography fit.

export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

export type GeoScope = 'local' | 'national' | 'international';
export const geoScopes: readonly GeoScope[] = ['local', 'national', 'international'];

/** Distance at which the geography fit halves, by the user's preferred scope. */
export const HALF_DISTANCE_KM: Readonly<Record<GeoScope, number>> = {
  local: 25,
  national: 200,
  international: 2000,
};

/** Haversine distance in km between two points in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return haversineRadians(lat1 * RADIANS, lon1 * RADIANS, Math.cos(lat1 * RADIANS), lat2 * RADIANS, lon2 * RADIANS);
}

/** Haversine on radians with cos(latitude) precomputed (the index stores it). */
export function haversineRadians(
  lat1: number,
  lon1: number,
  cosLat1: number,
  lat2: number,
  lon2: number,
  cosLat2 = Math.cos(lat2),
): number {
  const sinLat = Math.sin((lat2 - lat1) / 2);
  const sinLon = Math.sin((lon2 - lon1) / 2);
  const h = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 2^(−d / half-distance): 1 next door, 0.5 at the half distance, 0.25 at twice that. */
export function distanceDecay(distanceKm: number, scope: GeoScope): number {
  return Math.exp((-Math.LN2 * distanceKm) / HALF_DISTANCE_KM[scope]);
}

export function toRadians(degrees: number): number {
  return degrees * RADIANS;
}
