/**
 * From the register to the input of onzeInstrumenten(): the regeling's form, type and own agreements
 * (`regeling.afspraken`) and the bodies through which one organisation takes part. No I/O; the
 * agreements are passed on as the regeling words them, never completed.
 */
import { neemtDeel } from '../regelingen/domain/deelname';
import type { Afspraken, DeelnemendOrgaan, RegelingType, Vorm } from '../regelingen/domain/types';
import type { RegelingOverzicht } from '../regelingen/service';
import {
  onzeInstrumenten,
  type Instrument,
  type InstrumentAfspraken,
  type InstrumentenInput,
  type OrganisatieSoort,
} from './domain/instrumenten';

/** The kinds of organisation whose council onzeInstrumenten() knows: raad, provinciale staten, AB of a waterschap. */
export const soortenMetInstrumenten: readonly OrganisatieSoort[] = ['gemeente', 'provincie', 'waterschap'];

export const heeftInstrumenten = (soort: string): soort is OrganisatieSoort =>
  (soortenMetInstrumenten as readonly string[]).includes(soort);

/** One clause as a phrase: trimmed, without a closing full stop; null when empty. */
function deel(tekst: string | null | undefined): string | null {
  const t = (tekst ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]+$/, '');
  return t === '' ? null : t;
}

/** The parts that are known, joined with '; ' (onzeInstrumenten quotes the result); null when none is. */
function samen(...delen: (string | null | undefined)[]): string | null {
  const bekend = delen.map(deel).filter((d): d is string => d !== null);
  return bekend.length ? bekend.join('; ') : null;
}

/**
 * The regeling's clauses in the form onzeInstrumenten() reads them:
 * - evaluatie (art. 11a): the way of evaluating and the interval;
 * - uittreding (art. 9 lid 1): the conditions, the period of notice and how the costs are computed;
 * - inlichtingen (art. 16–17): the agreement on informing the councils (art. 17 lid 3);
 * - zienswijzeBesluiten (art. 10 lid 5): the designated decisions with their periods, and the way.
 * Participation (art. 10 lid 7–8) and the P&C agreements are not instruments of the council here.
 */
export function instrumentAfspraken(a: Afspraken): InstrumentAfspraken {
  const interval = a.evaluatieIntervalJaren;
  const opzeg = a.opzegtermijnMaanden;
  const besluiten = (a.zienswijzeBesluiten ?? [])
    .map((z) => {
      const besluit = deel(z.besluit);
      if (besluit === null) return null;
      return z.termijnWeken ? `${besluit} (${z.termijnWeken} weken)` : besluit;
    })
    .filter((b): b is string => b !== null);
  return {
    evaluatie: samen(
      a.evaluatieWijze,
      interval !== null && interval !== undefined ? `elke ${interval} jaar` : null,
    ),
    uittreding: samen(
      a.uittredingVoorwaarden,
      opzeg !== null && opzeg !== undefined ? `opzegtermijn ${opzeg} maanden` : null,
      a.uittredingKosten ? `uittreedkosten: ${a.uittredingKosten}` : null,
    ),
    inlichtingen: samen(a.informatievoorziening),
    zienswijzeBesluiten: samen(
      besluiten.length ? `besluiten: ${besluiten.join(', ')}` : null,
      a.zienswijzeWijze,
    ),
  };
}

/**
 * The input for one participant's council, or null when the participant is not a gemeente, provincie
 * or waterschap (the instruments of other participants are not in the law's chapters I–III).
 */
export function instrumentenInvoer(
  regeling: { vorm: Vorm; type: RegelingType; afspraken: Afspraken },
  organisatie: { soort: string },
  onzeOrganen: readonly DeelnemendOrgaan[],
  peildatum: string,
): InstrumentenInput | null {
  if (!heeftInstrumenten(organisatie.soort)) return null;
  return {
    vorm: regeling.vorm,
    type: regeling.type,
    organisatieSoort: organisatie.soort,
    onzeOrganen,
    afspraken: instrumentAfspraken(regeling.afspraken),
    peildatum,
  };
}

export interface OnzeInstrumenten {
  organisatie: { id: string; code: string | null; naam: string; soort: string };
  organen: DeelnemendOrgaan[];
  /** Null when the participant is not a gemeente, provincie or waterschap. */
  lijst: Instrument[] | null;
}

/** The instruments of one participant of the regeling on the peildatum; null when it does not take part then. */
export function instrumentenVan(
  o: RegelingOverzicht,
  organisatieId: string,
  peildatum: string,
): OnzeInstrumenten | null {
  const d = o.deelnames.find((x) => x.organisatieId === organisatieId && neemtDeel(x, peildatum));
  if (!d) return null;
  // A regeling whose form is not known yet has no instruments to derive.
  const invoer =
    (o.regeling.vorm as string) === 'onbekend'
      ? null
      : instrumentenInvoer(o.regeling, d.organisatie, d.organen, peildatum);
  return { organisatie: d.organisatie, organen: d.organen, lijst: invoer ? onzeInstrumenten(invoer) : null };
}
