/**
 * Inlichtingen: a raadslid (or the griffie) asks a question to our member in the bestuur or to the
 * bestuur of the regeling. Pure: no I/O, no clock; the dates come in as parameters.
 *
 * Law (Wgr, domein-wgr.md §2.4 and domein-wgr-aanvulling.md on art. 17):
 * - art. 16 lid 2: the regeling regulates how our member in the AB gives the inlichtingen asked by
 *   one or more raadsleden (raadsregeling, gemengde regeling in which our raad takes part);
 * - art. 17 (lid 1 from 1 July 2022): the same for the bestuur of an openbaar lichaam, a
 *   bedrijfsvoeringsorganisatie or a gemeenschappelijk orgaan;
 * - art. 17 lid 2–3: the active information duty of the bestuur (not a question, so not here);
 * - art. 18–19: in a regeling of colleges or burgemeesters the member accounts to the college or the
 *   burgemeester (art. 18), and those account to the raad (art. 19 lid 1–3 jo. art. 16 lid 2): the
 *   question of a raadslid goes to the college, the burgemeester, or both.
 *
 * Which of these apply, and under which article, comes from onzeInstrumenten() (codes
 * 'inlichtingen_lid' and 'inlichtingen_bestuur'); this file only turns them into addressees.
 *
 * The statute sets no period for an answer. Grip uses the period the regeling agreed
 * (`afspraken.inlichtingenTermijnDagen`), else the configured default (GRIP_INLICHTINGEN_TERMIJN_DAGEN),
 * counted in calendar days from the day the question was asked.
 */
import type { Instrument } from './instrumenten';

export const inlichtingStatussen = ['open', 'beantwoord', 'ingetrokken'] as const;
export type InlichtingStatus = (typeof inlichtingStatussen)[number];

/** 'lid': our member in the bestuur (or, art. 19, the college or burgemeester); 'bestuur': the bestuur of the regeling. */
export const inlichtingAanSoorten = ['lid', 'bestuur'] as const;
export type InlichtingAan = (typeof inlichtingAanSoorten)[number];

/** Who recorded the answer. */
export const antwoordDoorSoorten = ['lid', 'griffie', 'secretariaat'] as const;
export type AntwoordDoor = (typeof antwoordDoorSoorten)[number];

export const STANDAARD_TERMIJN_DAGEN = 28;

export interface Geadresseerde {
  aan: InlichtingAan;
  /** Who the question goes to, in Dutch. */
  naam: string;
  /** The article the right rests on, as onzeInstrumenten() gives it. */
  artikel: string;
  /** One line: who answers and to whom they account. */
  uitleg: string;
  status: Instrument['status'];
}

/** Which college or burgemeester answers for our member (art. 19), read from the article; null: art. 16 itself. */
function viaUitvoerder(artikel: string): 'college' | 'burgemeester' | 'college_burgemeester' | null {
  if (/\b19 lid 1\b/.test(artikel)) return 'college';
  if (/\b19 lid 2\b/.test(artikel)) return 'burgemeester';
  if (/\b19 lid 3\b/.test(artikel)) return 'college_burgemeester';
  return null;
}

/**
 * The addressees a raadslid of this participant can ask, in order: our member (or the college or
 * burgemeester who account for it), then the bestuur. Empty when neither instrument is available
 * (a centrumgemeente- or lichte regeling has no bestuur of its own).
 */
export function geadresseerden(
  instrumenten: readonly Instrument[],
  leden: readonly string[] = [],
): Geadresseerde[] {
  const uit: Geadresseerde[] = [];
  const lid = instrumenten.find((i) => i.code === 'inlichtingen_lid');
  if (lid?.beschikbaar) {
    const wie = leden.length ? ` (${leden.join(', ')})` : '';
    const via = viaUitvoerder(lid.artikel);
    const naam =
      via === 'college'
        ? `Het college, voor ons lid in het bestuur${wie}`
        : via === 'burgemeester'
          ? `De burgemeester, ons lid in het bestuur${wie}`
          : via === 'college_burgemeester'
            ? `Het college en de burgemeester, voor ons lid in het bestuur${wie}`
            : `Ons lid in het algemeen bestuur${wie}`;
    const uitleg =
      via === null
        ? 'Ons lid in het bestuur geeft de inlichtingen en legt verantwoording af aan de raad.'
        : via === 'burgemeester'
          ? 'In een burgemeestersregeling geeft de burgemeester de inlichtingen en legt verantwoording af aan de raad.'
          : 'In een regeling van colleges legt ons lid verantwoording af aan het college (art. 18); het college geeft de raad de inlichtingen.';
    uit.push({ aan: 'lid', naam, artikel: lid.artikel, uitleg, status: lid.status });
  }
  const bestuur = instrumenten.find((i) => i.code === 'inlichtingen_bestuur');
  if (bestuur?.beschikbaar)
    uit.push({
      aan: 'bestuur',
      naam: 'Het bestuur van de regeling',
      artikel: bestuur.artikel,
      uitleg:
        'Het bestuur van de regeling geeft de inlichtingen die raadsleden vragen; de regeling regelt hoe.',
      status: bestuur.status,
    });
  return uit;
}

/** 'YYYY-MM-DD' plus a number of calendar days. */
export function plusDagen(datum: string, dagen: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10);
}

export interface InlichtingTermijn {
  uiterlijk: string;
  dagen: number;
  grondslag: 'regeling' | 'standaard';
}

/** The due date: the regeling's agreed number of days if it has one (a positive whole number), else the default. */
export function inlichtingTermijn(
  gesteldOp: string,
  afgesprokenDagen: number | null | undefined,
  standaardDagen: number = STANDAARD_TERMIJN_DAGEN,
): InlichtingTermijn {
  const afspraak =
    typeof afgesprokenDagen === 'number' && Number.isInteger(afgesprokenDagen) && afgesprokenDagen > 0
      ? afgesprokenDagen
      : null;
  const dagen = afspraak ?? standaardDagen;
  return {
    uiterlijk: plusDagen(gesteldOp, dagen),
    dagen,
    grondslag: afspraak === null ? 'standaard' : 'regeling',
  };
}

/** Open and past its due date on the peildatum (the due date itself still counts as in time). */
export function isVerlopen(v: { status: InlichtingStatus; uiterlijk: string }, peildatum: string): boolean {
  return v.status === 'open' && v.uiterlijk < peildatum;
}

/** The next step, or why it is refused. */
export type InlichtingStap = { ok: true } | { ok: false; reden: 'niet_open' | 'antwoord_voor_vraag' };

export function antwoordStap(
  v: { status: InlichtingStatus; gesteldOp: string },
  datum: string,
): InlichtingStap {
  if (v.status !== 'open') return { ok: false, reden: 'niet_open' };
  if (datum < v.gesteldOp) return { ok: false, reden: 'antwoord_voor_vraag' };
  return { ok: true };
}

export function intrekStap(v: { status: InlichtingStatus }): InlichtingStap {
  return v.status === 'open' ? { ok: true } : { ok: false, reden: 'niet_open' };
}
