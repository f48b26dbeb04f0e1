/**
 * The landschap overview the page and the API show: per municipality its figures with name, province and
 * population share, the distribution, the strongest pairs and the provinces, optionally for one province.
 * Pure: it takes what landschap/analyse-store.ts loaded.
 */
import type { AnalyseDeelname } from './invoer';
import { medelidmaatschap } from './medelidmaatschap';
import { perGemeente, type GemeenteCijfers } from './per-gemeente';
import { perProvincie, type ProvincieCijfers } from './per-provincie';
import { verdeling, type Verdeling } from './verdeling';

export interface OverzichtInvoer {
  deelnames: readonly AnalyseDeelname[];
  gemeenten: readonly {
    code: string;
    naam: string;
    provincieCode: string | null;
    provincieNaam: string | null;
    inwoners: number | null;
  }[];
  provincies: ReadonlyMap<string, string>;
  regelingen: number;
}

export interface GemeenteRij extends GemeenteCijfers {
  naam: string;
  provincieCode: string | null;
  provincieNaam: string | null;
  inwoners: number | null;
  /** With how many other municipalities it shares at least one regeling. */
  partners: number;
}

export interface ParenRij {
  a: { code: string; naam: string };
  b: { code: string; naam: string };
  gedeeld: number;
}

export interface LandschapOverzicht {
  regelingen: number;
  deelnames: number;
  gemeenten: GemeenteRij[];
  verdeling: Verdeling<GemeenteRij>;
  /** Pairs sharing at least `minimum` regelingen (with one of them in the province when filtered). */
  paren: ParenRij[];
  provincies: (ProvincieCijfers & { naam: string })[];
}

export function landschapOverzicht(
  invoer: OverzichtInvoer,
  opties: { provincie?: string | undefined; minimum?: number; lengte?: number } = {},
): LandschapOverzicht {
  const info = new Map(invoer.gemeenten.map((g) => [g.code, g]));
  const codes = invoer.gemeenten.map((g) => g.code);
  const m = medelidmaatschap(invoer.deelnames, codes);
  const inProvincie = (code: string) =>
    !opties.provincie || info.get(code)?.provincieCode === opties.provincie;
  const gemeenten: GemeenteRij[] = perGemeente(invoer.deelnames, codes)
    .filter((g) => inProvincie(g.code))
    .map((g) => {
      const i = info.get(g.code);
      return {
        ...g,
        naam: i?.naam ?? g.code,
        provincieCode: i?.provincieCode ?? null,
        provincieNaam: i?.provincieNaam ?? null,
        inwoners: i?.inwoners ?? null,
        partners: m.partners(g.code),
      };
    });
  const naam = (code: string) => ({ code, naam: info.get(code)?.naam ?? code });
  return {
    regelingen: invoer.regelingen,
    deelnames: invoer.deelnames.length,
    gemeenten,
    verdeling: verdeling(
      gemeenten,
      (g) => g.regelingen,
      (g) => g.naam,
      opties.lengte ?? 10,
    ),
    paren: m
      .paren(opties.minimum ?? 1)
      .filter((p) => inProvincie(p.a) || inProvincie(p.b))
      .map((p) => ({ a: naam(p.a), b: naam(p.b), gedeeld: p.gedeeld })),
    provincies: perProvincie(invoer.deelnames)
      .filter((p) => invoer.provincies.has(p.provincieCode))
      .map((p) => ({ ...p, naam: invoer.provincies.get(p.provincieCode)! })),
  };
}

/** The policy areas in the input, alphabetically (the options of the filter). */
export function beleidsterreinenIn(deelnames: readonly AnalyseDeelname[]): string[] {
  return [...new Set(deelnames.flatMap((d) => d.beleidsterreinen))].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The input limited to the regelingen of one policy area (none: unchanged), the count of regelingen redone. */
export function opBeleidsterrein<T extends OverzichtInvoer>(
  invoer: T,
  beleidsterrein: string | undefined,
): T {
  if (!beleidsterrein) return invoer;
  const deelnames = invoer.deelnames.filter((d) => d.beleidsterreinen.includes(beleidsterrein));
  return { ...invoer, deelnames, regelingen: new Set(deelnames.map((d) => d.regelingId)).size };
}
