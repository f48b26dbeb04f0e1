/**
 * Links a participant's name (as a source writes it, e.g. OpenGR's `Haren` or `Capelle aan den Ijssel`)
 * to a current CBS gemeente code. Pure: the gemeenten and the successor table come in as data.
 *
 * Order, first hit wins:
 * 1. the current gemeente with the same name (compared with `vergelijkNaam`: case, white space, accents,
 *    hyphen or space, curly apostrophes, the word "gemeente", a trailing comma; plus the common names
 *    Den Haag, Den Bosch and Nuenen for 's-Gravenhage, 's-Hertogenbosch and Nuenen, Gerwen en Nederwetten);
 * 2. an ended gemeente with that name in the successor table: its successor with the largest share of the
 *    addresses, when that share is at least half and the successor is a current gemeente;
 * 3. the current gemeente whose name without CBS's province suffix matches (`Rijswijk` → `Rijswijk (ZH.)`),
 *    when there is exactly one.
 * Anything else stays unlinked, with the reason: not a gemeente (provincie, waterschap, foreign body), a
 * successor that is unknown or not a current gemeente, a gemeente split without a majority successor,
 * an ambiguous name (`Bergen`), or no gemeente by that name. Typos are not guessed.
 */
import { vergelijkNaam } from './bron';
import type { Opvolging } from './opvolgers';

/** A current gemeente (the CBS list, e.g. `CbsGemeente` of organisaties/import-cbs). */
export interface KoppelGemeente {
  code: string;
  naam: string;
}

export type Koppeling =
  | {
      status: 'gekoppeld';
      code: string;
      naam: string;
      via: 'naam' | 'opvolger' | 'naam-zonder-provincie';
      /** Via the successor table: the ended gemeente, its end date, the share and all successors. */
      opvolging?: Pick<Opvolging, 'codeOud' | 'naamOud' | 'einddatum' | 'aandeel' | 'opvolgers'>;
    }
  | { status: 'niet-gekoppeld'; reden: string; kandidaten: KoppelGemeente[] };

/** Common names that differ from CBS's official name. */
const ROEPNAMEN: Record<string, string> = {
  'den haag': "'s gravenhage",
  'den bosch': "'s hertogenbosch",
  nuenen: 'nuenen, gerwen en nederwetten',
};

/** Key for comparing gemeente names: `vergelijkNaam`, hyphen and space the same, no trailing comma or semicolon. */
const sleutel = (naam: string) => {
  const s = vergelijkNaam(naam)
    .replace(/-/g, ' ')
    .replace(/\s*[,;]+$/, '');
  return ROEPNAMEN[s] ?? s;
};
/** CBS adds the province to some names: 'Bergen (NH.)', 'Hengelo (O.)', 'Rijswijk (ZH.)'. */
const zonderProvincie = (s: string) => s.replace(/\s*\([a-z. ]+\)$/, '');

interface Index {
  opNaam: Map<string, KoppelGemeente[]>;
  opKort: Map<string, KoppelGemeente[]>;
  opCode: Map<string, KoppelGemeente>;
  opOudeNaam: Map<string, Opvolging[]>;
}
const indexen = new WeakMap<readonly KoppelGemeente[], WeakMap<readonly Opvolging[], Index>>();

function indexVan(gemeenten: readonly KoppelGemeente[], opvolgers: readonly Opvolging[]): Index {
  let perOpvolgers = indexen.get(gemeenten);
  if (!perOpvolgers) indexen.set(gemeenten, (perOpvolgers = new WeakMap()));
  let index = perOpvolgers.get(opvolgers);
  if (index) return index;
  const voeg = <T>(m: Map<string, T[]>, k: string, v: T) => m.set(k, [...(m.get(k) ?? []), v]);
  index = { opNaam: new Map(), opKort: new Map(), opCode: new Map(), opOudeNaam: new Map() };
  for (const g of gemeenten) {
    voeg(index.opNaam, sleutel(g.naam), g);
    voeg(index.opKort, zonderProvincie(sleutel(g.naam)), g);
    index.opCode.set(g.code, g);
  }
  for (const o of opvolgers) voeg(index.opOudeNaam, sleutel(o.naamOud), o);
  perOpvolgers.set(opvolgers, index);
  return index;
}

const procent = (a: number) => `${Math.round(a * 100)}%`;

/** What kind of non-gemeente a name is, going by its first word or a "(Duitsland)" suffix; null otherwise. */
function geenGemeente(naam: string): string | null {
  const n = vergelijkNaam(naam);
  if (/\((duitsland|belgie|belgium|deutschland)\)$/.test(n)) return 'buitenlandse deelnemer';
  if (/^provincie\b/.test(n)) return 'provincie';
  if (/^(waterschap|hoogheemraadschap|hoogheermraadschap|wetterskip)\b/.test(n)) return 'waterschap';
  if (/^(ministerie|rijk)\b/.test(n)) return 'Rijk';
  if (
    /^(stichting|kamer van koophandel|recreatieschap|plassenschap|meerschap|veiligheidsregio|stadsregio)\b/.test(
      n,
    )
  ) {
    return 'andere organisatie';
  }
  return null;
}

/**
 * Links `naam` to a current gemeente in `gemeenten`, directly or through `opvolgers`. Repeated calls
 * with the same arrays reuse one index.
 */
export function koppelDeelnemer(
  naam: string,
  gemeenten: readonly KoppelGemeente[],
  opvolgers: readonly Opvolging[],
): Koppeling {
  const index = indexVan(gemeenten, opvolgers);
  const k = sleutel(naam);
  const niet = (reden: string, kandidaten: KoppelGemeente[] = []): Koppeling => ({
    status: 'niet-gekoppeld',
    reden,
    kandidaten,
  });
  if (!k) return niet('de naam is leeg');

  const direct = index.opNaam.get(k) ?? [];
  if (direct.length === 1)
    return { status: 'gekoppeld', code: direct[0]!.code, naam: direct[0]!.naam, via: 'naam' };
  if (direct.length > 1) {
    return niet(
      `de naam is niet eenduidig: ${direct.map((g) => `${g.naam} (${g.code})`).join(', ')}`,
      direct,
    );
  }

  const oud = index.opOudeNaam.get(k) ?? [];
  if (oud.length > 1) {
    return niet(
      `meer dan één opgeheven gemeente heet zo: ${oud.map((o) => `${o.naamOud} (${o.codeOud})`).join(', ')}`,
    );
  }
  const o = oud[0];
  if (o) {
    const wat = `${o.naamOud} (${o.codeOud}) is opgeheven op ${o.einddatum}`;
    const opvolgerLijst = o.opvolgers
      .map((x) => `${index.opCode.get(x.code)?.naam ?? '?'} (${x.code}) ${procent(x.aandeel)}`)
      .join(', ');
    const kandidaten = o.opvolgers.flatMap((x) => index.opCode.get(x.code) ?? []);
    if (!o.opvolgerCode || o.aandeel === null)
      return niet(`${wat}; de opvolger staat niet in de opvolgertabel`);
    if (o.aandeel < 0.5) {
      return niet(
        `${wat} en opgesplitst zonder opvolger met de meeste adressen: ${opvolgerLijst}`,
        kandidaten,
      );
    }
    const g = index.opCode.get(o.opvolgerCode);
    if (!g) return niet(`${wat}; opvolger ${o.opvolgerCode} staat niet in de gemeentelijst`);
    return {
      status: 'gekoppeld',
      code: g.code,
      naam: g.naam,
      via: 'opvolger',
      opvolging: {
        codeOud: o.codeOud,
        naamOud: o.naamOud,
        einddatum: o.einddatum,
        aandeel: o.aandeel,
        opvolgers: o.opvolgers,
      },
    };
  }

  const kort = index.opKort.get(zonderProvincie(k)) ?? [];
  if (kort.length === 1) {
    return { status: 'gekoppeld', code: kort[0]!.code, naam: kort[0]!.naam, via: 'naam-zonder-provincie' };
  }
  if (kort.length > 1) {
    return niet(`de naam is niet eenduidig: ${kort.map((g) => `${g.naam} (${g.code})`).join(', ')}`, kort);
  }

  const soort = geenGemeente(naam);
  if (soort) return niet(`geen gemeente: ${soort}`);
  return niet('geen huidige of opgeheven gemeente met deze naam');
}
