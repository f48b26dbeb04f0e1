/**
 * The lifecycle of a procedure and of each participant's request, as pure state machines.
 *
 * Procedure: concept → verzonden (documents attached; one request per participant with its
 * deadline) → in behandeling (a council acted) → reactie bestuur (the board answered every
 * zienswijze in writing and with reasons, art. 35 lid 4 / art. 10 lid 6) → besloten (decision
 * date and publication reference) → afgesloten; and ingetrokken from any open state.
 *
 * Request of one participant: open → ontvangen → geagendeerd (committee and council dates) →
 * besloten (the council decided) → verzonden (its zienswijze sent) or geen zienswijze. Steps may
 * be skipped (a griffie records late), never taken back. Where art. 1 lid 4 applies, the council
 * then gives or withholds consent, only for conflict with the law or the public interest.
 *
 * Every refusal is a `Weigering` with a stable code and the article it rests on; `teksten.ts`
 * says it in Dutch.
 */
import { dagenTussen } from '../../../kalender';
import type { SoortRegels, Vraag } from './soorten';

export const procedureStatussen = [
  'concept',
  'verzonden',
  'in_behandeling',
  'reactie_bestuur',
  'besloten',
  'afgesloten',
  'ingetrokken',
] as const;
export type ProcedureStatus = (typeof procedureStatussen)[number];

export const verzoekStatussen = [
  'open',
  'ontvangen',
  'geagendeerd',
  'besloten',
  'verzonden',
  'geen_zienswijze',
] as const;
export type VerzoekStatus = (typeof verzoekStatussen)[number];

export const strekkingen = ['instemmend', 'met_opmerkingen', 'bezwaar'] as const;
export type Strekking = (typeof strekkingen)[number];

/** Art. 1 lid 4: consent may only be withheld for these reasons. */
export const weigeringsgronden = ['strijd_met_recht', 'strijd_met_algemeen_belang'] as const;
export type Weigeringsgrond = (typeof weigeringsgronden)[number];

export type WeigeringCode =
  | 'niet_in_concept'
  | 'alleen_concept_wijzigen'
  | 'document_ontbreekt'
  | 'geen_deelnemers'
  | 'procedure_niet_open'
  | 'procedure_al_beeindigd'
  | 'geen_besluit_bij_soort'
  | 'reactie_ontbreekt'
  | 'geen_zienswijzen'
  | 'termijn_loopt_nog'
  | 'toestemming_ontbreekt'
  | 'niet_besloten'
  | 'stap_terug'
  | 'al_afgerond'
  | 'geen_zienswijze_gevraagd'
  | 'geen_toestemming_gevraagd'
  | 'toestemming_voor_zienswijze'
  | 'weigeringsgrond_ontbreekt'
  | 'geen_zienswijze_om_te_beantwoorden'
  | 'datum_voor_verzending';

export interface Weigering {
  code: WeigeringCode;
  artikel?: string;
  data?: Record<string, unknown>;
}

export type Uitkomst<T> = ({ ok: true } & T) | { ok: false; weigering: Weigering };

const weiger = (code: WeigeringCode, artikel?: string, data?: Record<string, unknown>) =>
  ({ ok: false, weigering: { code, ...(artikel ? { artikel } : {}), ...(data ? { data } : {}) } }) as const;

const OPEN: readonly ProcedureStatus[] = ['verzonden', 'in_behandeling'];
const BEEINDIGD: readonly ProcedureStatus[] = ['besloten', 'afgesloten', 'ingetrokken'];

/** What the lifecycle needs to know about one request. */
export interface VerzoekStand {
  organisatie: string;
  vraag: Vraag;
  status: VerzoekStatus;
  uiterlijk: string | null;
  heeftZienswijze: boolean;
  heeftReactieBestuur: boolean;
  toestemming: 'verleend' | 'geweigerd' | null;
}

/** Concept → verzonden. */
export function verzend(
  status: ProcedureStatus,
  regels: SoortRegels,
  o: { aantalDocumenten: number; aantalVerzoeken: number },
): Uitkomst<{ status: ProcedureStatus }> {
  if (status !== 'concept') return weiger('niet_in_concept', undefined, { status });
  if (regels.documentVerplicht && o.aantalDocumenten === 0)
    return weiger('document_ontbreekt', regels.artikel);
  if (o.aantalVerzoeken === 0) return weiger('geen_deelnemers');
  return { ok: true, status: 'verzonden' };
}

/** Only a concept can be changed: once sent, the councils decide on what they received. */
export function wijzig(status: ProcedureStatus): Uitkomst<object> {
  return status === 'concept' ? { ok: true } : weiger('alleen_concept_wijzigen', undefined, { status });
}

/** The procedure state after a council acted on its request: verzonden becomes in behandeling. */
export function naVerzoekActie(status: ProcedureStatus): ProcedureStatus {
  return status === 'verzonden' ? 'in_behandeling' : status;
}

const zienswijzenZonderReactie = (verzoeken: readonly VerzoekStand[]) =>
  verzoeken.filter((v) => v.heeftZienswijze && !v.heeftReactieBestuur).map((v) => v.organisatie);

/** In behandeling → reactie bestuur: the board has answered every zienswijze. */
export function rondReactieAf(
  status: ProcedureStatus,
  regels: SoortRegels,
  verzoeken: readonly VerzoekStand[],
): Uitkomst<{ status: ProcedureStatus }> {
  if (!OPEN.includes(status)) return weiger('procedure_niet_open', undefined, { status });
  if (!verzoeken.some((v) => v.heeftZienswijze)) return weiger('geen_zienswijzen');
  const zonder = zienswijzenZonderReactie(verzoeken);
  if (zonder.length > 0)
    return weiger('reactie_ontbreekt', regels.reactieBestuur?.artikel, { organisaties: zonder });
  return { ok: true, status: 'reactie_bestuur' };
}

/**
 * → besloten. Refused while a zienswijze has no reasoned answer (where the statute requires one),
 * while a council that has not responded still has time, or (art. 1 lid 4) while a council's
 * consent is missing or withheld.
 */
export function besluit(
  status: ProcedureStatus,
  regels: SoortRegels,
  verzoeken: readonly VerzoekStand[],
  besluitdatum: string,
  verzondenOp: string | null,
): Uitkomst<{ status: ProcedureStatus }> {
  if (!regels.eindigtInBesluit) return weiger('geen_besluit_bij_soort', regels.artikel);
  if (BEEINDIGD.includes(status)) return weiger('procedure_al_beeindigd', undefined, { status });
  if (status === 'concept') return weiger('procedure_niet_open', undefined, { status });
  if (verzondenOp && besluitdatum < verzondenOp) return weiger('datum_voor_verzending');
  if (regels.reactieBestuur) {
    const zonder = zienswijzenZonderReactie(verzoeken);
    if (zonder.length > 0)
      return weiger('reactie_ontbreekt', regels.reactieBestuur.artikel, { organisaties: zonder });
  }
  const nogBezig = verzoeken.filter(
    (v) =>
      v.vraag !== 'kennisname' &&
      v.vraag !== 'eigen_besluit' &&
      !['verzonden', 'geen_zienswijze'].includes(v.status) &&
      v.uiterlijk !== null &&
      besluitdatum <= v.uiterlijk,
  );
  if (nogBezig.length > 0)
    return weiger('termijn_loopt_nog', regels.artikel, {
      organisaties: nogBezig.map((v) => v.organisatie),
      uiterlijk: nogBezig
        .map((v) => v.uiterlijk!)
        .sort()
        .at(-1),
    });
  if (regels.toestemming) {
    const zonder = verzoeken.filter(
      (v) => v.vraag === 'zienswijze_en_toestemming' && v.toestemming !== 'verleend',
    );
    if (zonder.length > 0)
      return weiger('toestemming_ontbreekt', regels.toestemming.artikel, {
        organisaties: zonder.map((v) => v.organisatie),
      });
  }
  return { ok: true, status: 'besloten' };
}

/** → afgesloten: after the decision, or for information only once it was sent. */
export function sluitAf(status: ProcedureStatus, regels: SoortRegels): Uitkomst<{ status: ProcedureStatus }> {
  if (status === 'besloten') return { ok: true, status: 'afgesloten' };
  if (!regels.eindigtInBesluit && OPEN.includes(status)) return { ok: true, status: 'afgesloten' };
  if (status === 'afgesloten' || status === 'ingetrokken')
    return weiger('procedure_al_beeindigd', undefined, { status });
  return weiger('niet_besloten', undefined, { status });
}

/** → ingetrokken, from any state before the decision. */
export function trekIn(status: ProcedureStatus): Uitkomst<{ status: ProcedureStatus }> {
  if (BEEINDIGD.includes(status)) return weiger('procedure_al_beeindigd', undefined, { status });
  return { ok: true, status: 'ingetrokken' };
}

// ——— the request of one participant ———

const RANG: Record<VerzoekStatus, number> = {
  open: 0,
  ontvangen: 1,
  geagendeerd: 2,
  besloten: 3,
  verzonden: 4,
  geen_zienswijze: 4,
};

export type VerzoekActie =
  | { soort: 'ontvangen'; datum: string }
  | { soort: 'agenderen'; commissieDatum: string | null; raadsDatum: string }
  | { soort: 'raadsbesluit'; datum: string }
  | { soort: 'zienswijze'; datum: string; strekking: Strekking }
  | { soort: 'geen_zienswijze'; datum: string }
  | { soort: 'toestemming'; besluit: 'verleend' | 'geweigerd'; grond: Weigeringsgrond | null };

const DOEL: Record<Exclude<VerzoekActie['soort'], 'toestemming'>, VerzoekStatus> = {
  ontvangen: 'ontvangen',
  agenderen: 'geagendeerd',
  raadsbesluit: 'besloten',
  zienswijze: 'verzonden',
  geen_zienswijze: 'geen_zienswijze',
};

/**
 * A council's step on its request. Returns the request's new status and whether it came after
 * the deadline (a late zienswijze is recorded, and marked).
 */
export function verzoekStap(
  procedureStatus: ProcedureStatus,
  v: Pick<VerzoekStand, 'vraag' | 'status' | 'uiterlijk' | 'toestemming'>,
  actie: VerzoekActie,
  verzondenOp: string | null,
): Uitkomst<{ status: VerzoekStatus; teLaat: boolean }> {
  if (!OPEN.includes(procedureStatus))
    return weiger('procedure_niet_open', undefined, { status: procedureStatus });
  if (actie.soort === 'toestemming') {
    if (v.vraag !== 'zienswijze_en_toestemming')
      return weiger('geen_toestemming_gevraagd', 'Wgr art. 1 lid 4');
    if (RANG[v.status] < 4) return weiger('toestemming_voor_zienswijze', 'Wgr art. 1 lid 3–4');
    if (actie.besluit === 'geweigerd' && !actie.grond)
      return weiger('weigeringsgrond_ontbreekt', 'Wgr art. 1 lid 4');
    return { ok: true, status: v.status, teLaat: false };
  }
  const datum = actie.soort === 'agenderen' ? (actie.commissieDatum ?? actie.raadsDatum) : actie.datum;
  if (verzondenOp && datum < verzondenOp) return weiger('datum_voor_verzending');
  const naar = DOEL[actie.soort];
  if (
    (actie.soort === 'zienswijze' || actie.soort === 'geen_zienswijze') &&
    (v.vraag === 'kennisname' || v.vraag === 'eigen_besluit')
  )
    return weiger('geen_zienswijze_gevraagd', undefined, { vraag: v.vraag });
  if (RANG[v.status] === 4) return weiger('al_afgerond', undefined, { status: v.status });
  // The same step again corrects its dates (e.g. a meeting moved); an earlier step is refused.
  if (RANG[naar] < RANG[v.status]) return weiger('stap_terug', undefined, { van: v.status, naar });
  const teLaat = actie.soort === 'zienswijze' && v.uiterlijk !== null && actie.datum > v.uiterlijk;
  return { ok: true, status: naar, teLaat };
}

/** The board's reasoned response to one zienswijze (art. 35 lid 4, art. 10 lid 6). */
export function reactieStap(
  procedureStatus: ProcedureStatus,
  v: Pick<VerzoekStand, 'heeftZienswijze'>,
): Uitkomst<object> {
  if (!OPEN.includes(procedureStatus) && procedureStatus !== 'reactie_bestuur')
    return weiger('procedure_niet_open', undefined, { status: procedureStatus });
  if (!v.heeftZienswijze) return weiger('geen_zienswijze_om_te_beantwoorden');
  return { ok: true };
}

/** Days from `vandaag` to the deadline (negative: overdue); null without a deadline. */
export function dagenTot(uiterlijk: string | null, vandaag: string): number | null {
  return uiterlijk ? dagenTussen(vandaag, uiterlijk) : null;
}

/** Whether a request still waits for its council (open, not answered). */
export const isOpenVerzoek = (v: Pick<VerzoekStand, 'vraag' | 'status'>) =>
  RANG[v.status] < 4 && v.vraag !== 'eigen_besluit';
