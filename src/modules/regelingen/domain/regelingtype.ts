import type { DeelnemendOrgaan, RegelingType } from './types';

/** The municipal body a participating body is equated with for the regeling type. */
export type OrgaanRol = 'raad' | 'college' | 'burgemeester';

const rollen: Record<DeelnemendOrgaan, OrgaanRol | null> = {
  raad: 'raad',
  college: 'college',
  burgemeester: 'burgemeester',
  provinciale_staten: 'raad',
  gedeputeerde_staten: 'college',
  commissaris_koning: 'burgemeester',
  waterschap_ab: 'raad',
  waterschap_db: 'college',
  waterschap_voorzitter: 'burgemeester',
  bestuur: null,
};

/**
 * The municipal role of a participating body: PS, GS and CdK stand for raad, college and burgemeester
 * (Wgr art. 40); a waterschap's algemeen bestuur, dagelijks bestuur and voorzitter likewise (art. 50).
 * The 'bestuur' of any other participant (art. 93, 96) has no such role: null.
 */
export function orgaanRol(orgaan: DeelnemendOrgaan): OrgaanRol | null {
  return rollen[orgaan];
}

/**
 * The regeling type, derived from the bodies that made the regeling (Wgr art. 1 lid 1; art. 40, 50).
 * Only raden → 'raadsregeling'; only colleges → 'collegeregeling'; only burgemeesters →
 * 'burgemeestersregeling'; more than one kind → 'gemengde_regeling'. Bodies of other participants
 * ('bestuur') do not decide the type; with no raad-, college- or burgemeester-like body it is 'onbekend'.
 */
export function bepaalRegelingType(deelnames: { organen: DeelnemendOrgaan[] }[]): RegelingType {
  const gevonden = new Set(deelnames.flatMap((d) => d.organen.map(orgaanRol)).filter((r) => r !== null));
  if (gevonden.size > 1) return 'gemengde_regeling';
  const [rol] = gevonden;
  if (rol === undefined) return 'onbekend';
  return rol === 'raad' ? 'raadsregeling' : rol === 'college' ? 'collegeregeling' : 'burgemeestersregeling';
}
