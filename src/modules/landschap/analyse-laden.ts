/**
 * The analyses as page, API and exports show them: loaded (analyse-store.ts, kaart-store.ts) and computed
 * (analyse/) in one place, so the three always show the same figures.
 */
import { vandaag } from '../../platform/clock';
import type { DbOrTx } from '../../platform/db/client';
import {
  beleidsterreinenIn,
  type Congruentie,
  congruentie,
  landschapOverzicht,
  opBeleidsterrein,
  partnersets,
  type Verandering,
  verandering,
} from './analyse';
import { landschapInvoer, type LandschapFilter, type LandschapInvoer } from './analyse-store';
import type { BronFilter } from './bron-info';
import { OPENGR_PEILDATUM } from './import-opengr';
import { bronHerkomst, landschapRegelingen, regioIndeling } from './kaart-store';
import { type Herkomstregel, importHerkomst, regelingenHerkomst } from './uitvoer';

export interface AnalyseFilter extends LandschapFilter {
  provincie?: string | undefined;
  beleidsterrein?: string | undefined;
}

/** The participations that count, limited to a policy area when asked. */
export async function gefilterdeInvoer(db: DbOrTx, f: AnalyseFilter): Promise<LandschapInvoer> {
  return opBeleidsterrein(await landschapInvoer(db, f), f.beleidsterrein);
}

export const DEFAULT_INDELING = 'veiligheidsregio';

export interface CongruentieUitkomst {
  indeling: string;
  indelingNaam: string;
  congruentie: Congruentie;
  /** Gemeenten in the province asked for (all without). */
  gemeenten: Congruentie['gemeenten'];
  partnersets: Map<string, number>;
  namen: Map<string, string>;
  regioNamen: Map<string, string>;
  herkomst: Herkomstregel[];
}

/** The congruence with a division; null when that division was not imported. */
export async function laadCongruentie(
  db: DbOrTx,
  f: AnalyseFilter & { indeling: string },
): Promise<CongruentieUitkomst | null> {
  const [indeling, invoer, b] = await Promise.all([
    regioIndeling(db, f.indeling),
    gefilterdeInvoer(db, f),
    bronHerkomst(db, f.bron),
  ]);
  if (!indeling) return null;
  const codes = invoer.gemeenten.map((g) => g.code);
  const c = congruentie(invoer.deelnames, indeling.regios, codes);
  const provincie = new Map(invoer.gemeenten.map((g) => [g.code, g.provincieCode]));
  return {
    indeling: f.indeling,
    indelingNaam: indeling.naam,
    congruentie: c,
    gemeenten: f.provincie ? c.gemeenten.filter((g) => provincie.get(g.code) === f.provincie) : c.gemeenten,
    partnersets: partnersets(invoer.deelnames, codes),
    namen: new Map(invoer.gemeenten.map((g) => [g.code, g.naam])),
    regioNamen: new Map(indeling.regios.map((r) => [r.sleutel, r.naam])),
    herkomst: [
      regelingenHerkomst(f.bron, b, f.peildatum ?? vandaag()),
      importHerkomst(`Regio-indeling: ${indeling.naam}`, indeling.herkomst),
    ],
  };
}

/** The two sides of the change over time: the OpenGR snapshot of 2016 and the national register now. */
export const TOEN = { bron: 'opengr' as BronFilter, peildatum: OPENGR_PEILDATUM };
export const NU_BRON: BronFilter = 'roo-polder';

export interface VeranderingUitkomst {
  verandering: Verandering;
  /** Per gemeente, limited to the province asked for. */
  gemeenten: Verandering['gemeenten'];
  namen: Map<string, string>;
  toen: { bron: BronFilter; peildatum: string };
  nu: { bron: BronFilter; peildatum: string };
  herkomst: Herkomstregel[];
}

export async function laadVerandering(
  db: DbOrTx,
  f: { peildatum?: string | undefined; provincie?: string | undefined; beleidsterrein?: string | undefined },
): Promise<VeranderingUitkomst> {
  const nu = { bron: NU_BRON, peildatum: f.peildatum ?? vandaag() };
  const [oud, nieuw, invoer, bOud, bNieuw] = await Promise.all([
    landschapRegelingen(db, TOEN),
    landschapRegelingen(db, nu),
    landschapInvoer(db, nu),
    bronHerkomst(db, TOEN.bron),
    bronHerkomst(db, nu.bron),
  ]);
  const terrein = (r: { beleidsterreinen: string[] }) =>
    !f.beleidsterrein || r.beleidsterreinen.includes(f.beleidsterrein);
  const v = verandering(oud.filter(terrein), nieuw.filter(terrein));
  const provincie = new Map(invoer.gemeenten.map((g) => [g.code, g.provincieCode]));
  return {
    verandering: v,
    gemeenten: f.provincie ? v.gemeenten.filter((g) => provincie.get(g.code) === f.provincie) : v.gemeenten,
    namen: new Map(invoer.gemeenten.map((g) => [g.code, g.naam])),
    toen: TOEN,
    nu,
    herkomst: [
      regelingenHerkomst(TOEN.bron, bOud, TOEN.peildatum, 'Regelingen toen'),
      regelingenHerkomst(nu.bron, bNieuw, nu.peildatum, 'Regelingen nu'),
    ],
  };
}

/** The overview of /landschap with its provenance. */
export async function laadOverzicht(db: DbOrTx, f: AnalyseFilter, minimum: number) {
  const [alles, b] = await Promise.all([landschapInvoer(db, f), bronHerkomst(db, f.bron)]);
  const invoer = opBeleidsterrein(alles, f.beleidsterrein);
  return {
    invoer,
    /** The policy areas of all regelingen counted (before the policy-area filter). */
    beleidsterreinen: beleidsterreinenIn(alles.deelnames),
    overzicht: landschapOverzicht(invoer, { provincie: f.provincie, minimum }),
    herkomst: [regelingenHerkomst(f.bron, b, f.peildatum ?? vandaag())],
  };
}
