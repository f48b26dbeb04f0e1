/** Dutch texts for procedures: labels, and why a step is refused. */
import { langeDatum } from '../../platform/views/datumtekst';
import type {
  ProcedureStatus,
  Strekking,
  VerzoekStatus,
  Weigering,
  Weigeringsgrond,
} from './domain/levenscyclus';
import type { ProcedureSoort, Reactievorm, Vertegenwoordiger, Vraag } from './domain/soorten';
import type { TermijnWaarschuwing } from './domain/termijn';

export const soortLabels: Record<ProcedureSoort, string> = {
  ontwerpbegroting: 'Ontwerpbegroting',
  begrotingswijziging: 'Begrotingswijziging',
  kaders: 'Kaders en voorlopige jaarrekening',
  jaarrekening: 'Jaarrekening',
  ontwerp_regeling: 'Ontwerp van een nieuwe regeling',
  wijziging_regeling: 'Wijziging van de regeling',
  toetreding: 'Toetreding',
  uittreding: 'Uittreding',
  opheffing: 'Opheffing',
  deelneming_rechtspersoon: 'Deelneming in een rechtspersoon',
  bestuurscommissie: 'Instelling van een bestuurscommissie',
  aangewezen_besluit: 'Besluit waarover de regeling een zienswijze vraagt',
};

export const reactievormLabels: Record<Reactievorm, string> = {
  zienswijze: 'zienswijze',
  wensen_en_bedenkingen: 'wensen en bedenkingen',
  kennisname: 'ter kennisname',
};

export const procedureStatusLabels: Record<ProcedureStatus, string> = {
  concept: 'Concept',
  verzonden: 'Verzonden',
  in_behandeling: 'In behandeling',
  reactie_bestuur: 'Reactie bestuur',
  besloten: 'Besloten',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
};

export const verzoekStatusLabels: Record<VerzoekStatus, string> = {
  open: 'Nog niet ontvangen',
  ontvangen: 'Ontvangen',
  geagendeerd: 'Geagendeerd',
  besloten: 'Raad heeft besloten',
  verzonden: 'Zienswijze verzonden',
  geen_zienswijze: 'Geen zienswijze',
};

export const strekkingLabels: Record<Strekking, string> = {
  instemmend: 'Instemmend',
  met_opmerkingen: 'Met opmerkingen',
  bezwaar: 'Bezwaar',
};

export const weigeringsgrondLabels: Record<Weigeringsgrond, string> = {
  strijd_met_recht: 'Strijd met het recht',
  strijd_met_algemeen_belang: 'Strijd met het algemeen belang',
};

export const vertegenwoordigerLabels: Record<Vertegenwoordiger, string> = {
  raad: 'de raad',
  provinciale_staten: 'Provinciale Staten',
  algemeen_bestuur_waterschap: 'het algemeen bestuur van het waterschap',
};

export const vraagLabels: Record<Vraag, string> = {
  zienswijze: 'Zienswijze',
  wensen_en_bedenkingen: 'Wensen en bedenkingen',
  zienswijze_en_toestemming: 'Zienswijze en toestemming',
  eigen_besluit: 'Eigen besluit (de raad is zelf partij)',
  kennisname: 'Ter kennisname',
};

const lijst = (data: Record<string, unknown> | undefined) =>
  Array.isArray(data?.organisaties) ? (data.organisaties as string[]).join(', ') : '';

/** Why a step was refused, in plain Dutch, with the article where there is one. */
export function weigeringTekst(w: Weigering): string {
  const artikel = w.artikel ? ` (${w.artikel})` : '';
  const status = typeof w.data?.status === 'string' ? w.data.status : '';
  const statusLabel =
    status in procedureStatusLabels
      ? procedureStatusLabels[status as ProcedureStatus].toLowerCase()
      : status in verzoekStatusLabels
        ? verzoekStatusLabels[status as VerzoekStatus].toLowerCase()
        : status;
  switch (w.code) {
    case 'niet_in_concept':
      return `Alleen een concept kan worden verzonden; deze procedure is al ${statusLabel}.`;
    case 'alleen_concept_wijzigen':
      return `Alleen een concept kan worden gewijzigd; deze procedure is al ${statusLabel}. Trek haar zo nodig in en begin een nieuwe.`;
    case 'document_ontbreekt':
      return `Voeg eerst het ontwerp of de stukken toe: zonder stukken kunnen de raden niet reageren${artikel}.`;
    case 'geen_deelnemers':
      return 'Deze regeling heeft geen deelnemers met een eigen raad, Staten of algemeen bestuur om het verzoek aan te sturen.';
    case 'procedure_niet_open':
      return `Dat kan niet in deze fase: de procedure is ${statusLabel}.`;
    case 'procedure_al_beeindigd':
      return `De procedure is al ${statusLabel}.`;
    case 'geen_besluit_bij_soort':
      return `Deze stukken zijn ter kennisname; er volgt geen besluit waarover de raden een zienswijze geven${artikel}. Sluit de procedure af.`;
    case 'reactie_ontbreekt':
      return `Het bestuur moet eerst schriftelijk en gemotiveerd reageren op elke zienswijze${artikel}. Nog geen reactie op: ${lijst(w.data)}.`;
    case 'geen_zienswijzen':
      return 'Er zijn (nog) geen zienswijzen waarop het bestuur kan reageren.';
    case 'termijn_loopt_nog':
      return `De termijn voor de raden loopt nog tot en met ${langeDatum(String(w.data?.uiterlijk))}; nog niet gereageerd: ${lijst(w.data)}${artikel}.`;
    case 'toestemming_ontbreekt':
      return `Zonder toestemming van de raad mag het college of de burgemeester niet besluiten${artikel}. Toestemming ontbreekt of is geweigerd bij: ${lijst(w.data)}.`;
    case 'niet_besloten':
      return `Sluit de procedure af nadat het besluit is vastgelegd; zij is nu ${statusLabel}.`;
    case 'stap_terug':
      return `Deze stap ligt achter de huidige stand (${verzoekStatusLabels[w.data?.van as VerzoekStatus] ?? ''}); een stap terug kan niet.`;
    case 'al_afgerond':
      return `Dit verzoek is al afgerond (${statusLabel}).`;
    case 'geen_zienswijze_gevraagd':
      return w.data?.vraag === 'eigen_besluit'
        ? 'De raad is hier zelf partij en neemt een eigen besluit; er is geen ontwerpprocedure met zienswijze (Wgr art. 1 lid 2).'
        : 'Deze stukken zijn ter kennisname; er wordt geen zienswijze gevraagd.';
    case 'geen_toestemming_gevraagd':
      return `Bij dit verzoek hoort geen toestemming van de raad${artikel}.`;
    case 'toestemming_voor_zienswijze':
      return `Leg eerst de zienswijze vast (of dat de raad er geen geeft); daarna volgt de toestemming${artikel}.`;
    case 'weigeringsgrond_ontbreekt':
      return `Toestemming mag alleen worden geweigerd wegens strijd met het recht of het algemeen belang${artikel}. Kies de grond.`;
    case 'geen_zienswijze_om_te_beantwoorden':
      return 'Deze deelnemer heeft geen zienswijze gegeven; er is niets om op te reageren.';
    case 'datum_voor_verzending':
      return 'Deze datum ligt vóór de verzending van de procedure.';
  }
}

export function termijnWaarschuwingTekst(w: TermijnWaarschuwing): string {
  switch (w.code) {
    case 'te_laat_verzonden':
      return `Te laat verzonden: voor deze vergadering had het uiterlijk ${langeDatum(w.laatsteVerzenddatum)} naar de raden gemoeten (${w.artikel}).`;
    case 'besluit_voor_einde_termijn':
      return `Het geplande besluit valt vóór het einde van de termijn van de raden (${w.artikel}).`;
    case 'afspraak_korter_dan_wet':
      return `De afgesproken reactiedatum valt vóór ${langeDatum(w.wettelijk)}, het einde van de periode die de wet de raden geeft (${w.artikel}).`;
  }
}
