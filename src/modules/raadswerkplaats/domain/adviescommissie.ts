/**
 * The gemeenschappelijke adviescommissie (Wgr art. 24a, in force since 1 July 2022). Pure: no I/O, no
 * clock; dates come in as 'YYYY-MM-DD' parameters.
 *
 * Law (Wgr art. 24a; domein-wgr-aanvulling.md, which wins over domein-wgr.md §5.1):
 * - lid 1: "Op voorstel van de raden van de deelnemende gemeenten gezamenlijk stelt het algemeen bestuur
 *   van een openbaar lichaam een gemeenschappelijke adviescommissie in". Only an openbaar lichaam has an
 *   algemeen bestuur that can install it; a bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan,
 *   centrumgemeente or regeling zonder meer cannot. "Gezamenlijk" is read as: all of them (BZK: "Alle
 *   raden moeten er dus mee instemmen"). Once they all proposed it, the AB must install it ("stelt … in").
 * - lid 2: the AB regulates powers, tasks and working method after hearing the raden's wensen en
 *   bedenkingen.
 * - lid 3: the members are designated per participating gemeente by the raad "uit zijn midden"; a raad
 *   may decide to designate none.
 * - lid 4: membership ends by law when the member stops being a member of that raad.
 *
 * Which councils count: the raad of every participating gemeente (art. 24a lid 1); provinciale staten of
 * a participating provincie, because art. 41 lid 1 (regelingen of provincies) and art. 52 lid 1 (of
 * gemeenten and provincies, which adapts art. 24a explicitly in onder i) apply art. 8–26; and the
 * algemeen bestuur of a participating waterschap, because art. 50a lid 1 applies art. 8–24a. Other
 * participants (the Rijk, other public or private bodies) have no council in the sense of art. 24a and
 * do not count. A participant counts while it takes part on the day.
 */
import type { Vorm } from '../../regelingen/domain/types';

/** The day art. 24a took effect (Wet versterking democratische legitimiteit, Stb. 2021, 183). */
export const ADVIESCOMMISSIE_VANAF = '2022-07-01';

export const ARTIKEL = 'Wgr art. 24a';

export type RaadSoort = 'gemeente' | 'provincie' | 'waterschap';

/** Whether a participant of this kind has a council that counts for the joint proposal. */
export const raadTelt = (soort: string): soort is RaadSoort =>
  soort === 'gemeente' || soort === 'provincie' || soort === 'waterschap';

/** The article through which art. 24a applies to this kind of council. */
export const grondslagVoor = (soort: RaadSoort): string =>
  soort === 'gemeente'
    ? 'Wgr art. 24a lid 1'
    : soort === 'provincie'
      ? 'Wgr art. 24a lid 1 jo. art. 41 lid 1 of art. 52 lid 1'
      : 'Wgr art. 24a lid 1 jo. art. 50a lid 1';

export type Uitkomst = 'ingestemd' | 'verworpen';

export interface Raadsbesluit {
  organisatieId: string;
  uitkomst: Uitkomst;
  datum: string;
  kenmerk: string | null;
}

export interface VoorstelFeiten {
  ingediend: string;
  ingesteldOp: string | null;
  ingetrokkenOp: string | null;
}

export type VoorstelStatus =
  /** Waiting for one or more councils. */
  | 'in_behandeling'
  /** At least one council refused (its latest decision): as it stands there is no joint proposal. */
  | 'verworpen'
  /** Every council agreed: the joint proposal that obliges the AB to install (art. 24a lid 1). */
  | 'gezamenlijk_voorstel'
  | 'ingesteld'
  | 'ingetrokken';

export interface Stand {
  status: VoorstelStatus;
  /** Each council that counts, with its decision (null: none yet). */
  perRaad: { organisatieId: string; besluit: Raadsbesluit | null }[];
  ingestemd: number;
  verworpen: number;
  open: number;
  /** The day the last council agreed, when all did: from then the AB must install the commission. */
  gezamenlijkOp: string | null;
  /** What follows, in Dutch, with the article. */
  watVolgt: string;
}

/**
 * Where a proposal stands: `raden` are the councils that count on the day (see above), `besluiten` the
 * councils' decisions (one per council, the latest; decisions of councils that no longer count are
 * ignored).
 */
export function voorstelStand(
  v: VoorstelFeiten,
  raden: readonly string[],
  besluiten: readonly Raadsbesluit[],
): Stand {
  const perRaad = raden.map((organisatieId) => ({
    organisatieId,
    besluit: besluiten.find((b) => b.organisatieId === organisatieId) ?? null,
  }));
  const ingestemd = perRaad.filter((r) => r.besluit?.uitkomst === 'ingestemd').length;
  const verworpen = perRaad.filter((r) => r.besluit?.uitkomst === 'verworpen').length;
  const open = perRaad.length - ingestemd - verworpen;
  const allen = perRaad.length > 0 && ingestemd === perRaad.length;
  const gezamenlijkOp = allen ? perRaad.map((r) => r.besluit!.datum).reduce((a, b) => (a > b ? a : b)) : null;
  const basis = { perRaad, ingestemd, verworpen, open, gezamenlijkOp };
  if (v.ingetrokkenOp)
    return { ...basis, status: 'ingetrokken', watVolgt: 'Het voorstel is ingetrokken. Er volgt niets meer.' };
  if (v.ingesteldOp)
    return {
      ...basis,
      status: 'ingesteld',
      watVolgt:
        'Het algemeen bestuur heeft de commissie ingesteld. Het regelt haar bevoegdheden, taken en werkwijze nadat de raden hun wensen en bedenkingen konden geven (art. 24a lid 2). Elke raad wijst leden aan uit zijn midden, of besluit geen lid aan te wijzen (art. 24a lid 3).',
    };
  if (allen)
    return {
      ...basis,
      status: 'gezamenlijk_voorstel',
      watVolgt:
        'Alle raden hebben ingestemd: dit is het gezamenlijke voorstel van de raden. Het algemeen bestuur moet de commissie nu instellen (art. 24a lid 1).',
    };
  if (verworpen > 0)
    return {
      ...basis,
      status: 'verworpen',
      watVolgt: `${verworpen === 1 ? 'Eén raad heeft' : `${verworpen} raden hebben`} het voorstel verworpen. Zolang niet alle raden instemmen, is er geen gezamenlijk voorstel en hoeft het algemeen bestuur niets in te stellen (art. 24a lid 1). Een raad kan opnieuw besluiten.`,
    };
  return {
    ...basis,
    status: 'in_behandeling',
    watVolgt: `${open === 1 ? 'Eén raad moet' : `${open} raden moeten`} nog besluiten. Pas als alle raden instemmen, is het een gezamenlijk voorstel dat het algemeen bestuur verplicht de commissie in te stellen (art. 24a lid 1).`,
  };
}

export type Stap = { ok: true } | { ok: false; reden: string; artikel: string };

const nee = (reden: string, artikel = ARTIKEL): Stap => ({ ok: false, reden, artikel });
const ja: Stap = { ok: true };

const VORM_NAAM: Record<Vorm, string> = {
  openbaar_lichaam: 'een openbaar lichaam',
  gemeenschappelijk_orgaan: 'een gemeenschappelijk orgaan',
  bedrijfsvoeringsorganisatie: 'een bedrijfsvoeringsorganisatie',
  centrumgemeente: 'een centrumgemeenteregeling',
  regeling_zonder_meer: 'een regeling zonder meer',
  onbekend: 'een regeling waarvan de vorm onbekend is',
};

/** Whether a gemeenschappelijke adviescommissie can exist for a regeling of this form on the day. */
export function adviescommissieMogelijk(vorm: Vorm, peildatum: string): Stap {
  if (vorm !== 'openbaar_lichaam')
    return nee(
      `Een gemeenschappelijke adviescommissie is er alleen bij een openbaar lichaam: het algemeen bestuur daarvan stelt haar in. Deze regeling is ${VORM_NAAM[vorm]}.`,
      'Wgr art. 24a lid 1',
    );
  if (peildatum < ADVIESCOMMISSIE_VANAF)
    return nee('De gemeenschappelijke adviescommissie bestaat pas sinds 1 juli 2022.', 'Wgr art. 24a lid 1');
  return ja;
}

/** A council files a proposal (its griffie records it). */
export function indienStap(o: {
  vorm: Vorm;
  peildatum: string;
  /** The kind of the proposing participant. */
  soort: string;
  /** Whether another proposal of this regeling is still running or was installed. */
  lopend: boolean;
}): Stap {
  const mogelijk = adviescommissieMogelijk(o.vorm, o.peildatum);
  if (!mogelijk.ok) return mogelijk;
  if (!raadTelt(o.soort))
    return nee(
      'Alleen de raad van een deelnemende gemeente (of provinciale staten, het algemeen bestuur van een waterschap) doet dit voorstel.',
      'Wgr art. 24a lid 1',
    );
  if (o.lopend)
    return nee(
      'Voor deze regeling loopt al een voorstel, of de commissie is al ingesteld. Trek het lopende voorstel eerst in.',
    );
  return ja;
}

/** A council's decision on the proposal (again, if it decides anew). */
export function besluitStap(
  v: VoorstelFeiten,
  o: { datum: string; soort: string; raadIsDeelnemer: boolean },
): Stap {
  if (v.ingetrokkenOp) return nee('Het voorstel is ingetrokken.');
  if (v.ingesteldOp)
    return nee('De commissie is al ingesteld; een raadsbesluit over het voorstel doet er niet meer toe.');
  if (!o.raadIsDeelnemer || !raadTelt(o.soort))
    return nee('Alleen de raden van de deelnemers besluiten over het voorstel.', 'Wgr art. 24a lid 1');
  if (o.datum < v.ingediend) return nee('Het raadsbesluit kan niet van vóór het voorstel zijn.');
  return ja;
}

/** The AB installs the commission: only on the joint proposal of all councils. */
export function instelStap(v: VoorstelFeiten, stand: Stand, datum: string): Stap {
  if (v.ingetrokkenOp) return nee('Het voorstel is ingetrokken.');
  if (v.ingesteldOp) return nee('De commissie is al ingesteld.');
  if (stand.status !== 'gezamenlijk_voorstel')
    return nee(
      'Het algemeen bestuur stelt de commissie in op voorstel van alle raden gezamenlijk; nog niet alle raden hebben ingestemd.',
      'Wgr art. 24a lid 1',
    );
  if (stand.gezamenlijkOp && datum < stand.gezamenlijkOp)
    return nee('De instelling kan niet van vóór het laatste raadsbesluit zijn.');
  return ja;
}

/** Withdraw a proposal that has not led to a commission yet. */
export function intrekStap(v: VoorstelFeiten): Stap {
  if (v.ingetrokkenOp) return nee('Het voorstel is al ingetrokken.');
  if (v.ingesteldOp) return nee('De commissie is al ingesteld; een ingestelde commissie trekt u niet in.');
  return ja;
}

/** A council designates a member from its own midst, after installation. */
export function aanwijsStap(
  v: VoorstelFeiten,
  o: { datum: string; soort: string; raadIsDeelnemer: boolean },
): Stap {
  if (!v.ingesteldOp)
    return nee(
      'Leden worden aangewezen nadat het algemeen bestuur de commissie heeft ingesteld.',
      'Wgr art. 24a lid 3',
    );
  if (!o.raadIsDeelnemer || !raadTelt(o.soort))
    return nee('Leden worden per deelnemende gemeente door de raad aangewezen.', 'Wgr art. 24a lid 3');
  if (o.datum < v.ingesteldOp)
    return nee('De aanwijzing kan niet van vóór de instelling zijn.', 'Wgr art. 24a lid 3');
  return ja;
}

export interface Lid {
  aangewezenOp: string;
  eindigtOp: string | null;
}

/** Membership ends (at the latest when the member leaves the council, art. 24a lid 4). */
export function beeindigStap(lid: Lid, datum: string, reden: string): Stap {
  if (lid.eindigtOp) return nee('Het lidmaatschap is al beëindigd.', 'Wgr art. 24a lid 4');
  if (datum < lid.aangewezenOp)
    return nee('Het einde kan niet van vóór de aanwijzing zijn.', 'Wgr art. 24a lid 4');
  if (!reden.trim())
    return nee('Geef de reden van het einde, bijvoorbeeld: uit de raad.', 'Wgr art. 24a lid 4');
  return ja;
}

/** Whether a member sits in the commission on the day. */
export const isZittend = (lid: Lid, peildatum: string) =>
  lid.aangewezenOp <= peildatum && (lid.eindigtOp === null || lid.eindigtOp > peildatum);

/** A meeting or an advice of the commission: only after it was installed. */
export function stukStap(v: VoorstelFeiten, datum: string): Stap {
  if (!v.ingesteldOp) return nee('Vergaderingen en adviezen zijn er pas als de commissie is ingesteld.');
  if (datum < v.ingesteldOp) return nee('De datum kan niet van vóór de instelling zijn.');
  return ja;
}

/** The reasons membership ends, as offered in the form (art. 24a lid 4 first). */
export const eindRedenen = [
  'uit de raad (van rechtswege, art. 24a lid 4)',
  'teruggetrokken door de raad',
  'op eigen verzoek',
  'overleden',
] as const;

export const statusLabels: Record<VoorstelStatus, string> = {
  in_behandeling: 'In behandeling bij de raden',
  verworpen: 'Verworpen door een of meer raden',
  gezamenlijk_voorstel: 'Gezamenlijk voorstel',
  ingesteld: 'Ingesteld',
  ingetrokken: 'Ingetrokken',
};
