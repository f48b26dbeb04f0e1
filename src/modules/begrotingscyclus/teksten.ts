/** Dutch texts for the P&C calendar (the domain speaks in codes). */
import type { CyclusItem, CyclusWaarschuwing, Ontvanger, PcStap } from './domain';
import { langeDatum, waarschuwingTekst } from '../termijnen/teksten';
import type { Waarschuwing } from '../../kalender';

export const stapLabel: Record<PcStap, string> = {
  kaders_voorlopige_jaarrekening: 'Kaders en voorlopige jaarrekening naar de raden',
  ontwerpbegroting_naar_raden: 'Ontwerpbegroting naar de raden',
  zienswijzen_raden: 'Zienswijzen van de raden op de ontwerpbegroting',
  reactie_op_zienswijzen: 'Schriftelijke, gemotiveerde reactie op de zienswijzen',
  vaststelling_begroting: 'Vaststelling van de begroting',
  begroting_naar_toezichthouder: 'Vastgestelde begroting naar de toezichthouder',
  vaststelling_jaarrekening: 'Vaststelling van de jaarrekening',
  jaarrekening_naar_toezichthouder: 'Jaarrekening naar de toezichthouder',
};

export const ontvangerLabel: Record<Ontvanger, string> = {
  raden: 'de raden',
  raden_en_provinciale_staten: 'de raden en provinciale staten',
  dagelijks_bestuur: 'het dagelijks bestuur',
  bestuur: 'het bestuur',
  algemeen_bestuur: 'het algemeen bestuur',
  gedeputeerde_staten: 'gedeputeerde staten',
  minister_bzk: 'de minister van BZK',
};

export const statusLabel = {
  bevestigd: 'Volgt uit de wet',
  open: 'Onzeker: rust op een open juridisch punt',
  onbekend: 'Onbekend: plan eerst de vergadering',
} as const;

const kalenderCodes = new Set([
  'langer_dan_90_dagen',
  'langer_dan_12_weken',
  'langer_dan_3_maanden',
  'uren_tijdstip_onbekend',
  'regeling_atw_open',
  'eindigt_op_niet_werkdag',
  'gelijkstelling_onbevestigd',
  'vaste_datum_atw_open',
]);

export function cyclusWaarschuwingTekst(w: CyclusWaarschuwing): string {
  if (kalenderCodes.has(w.code)) return waarschuwingTekst(w as Waarschuwing);
  const d = w.data ?? {};
  const dt = (v: unknown) => langeDatum(v);
  switch (w.code) {
    case 'overgangsrecht_open':
      return 'Deze stap valt rond de wetswijziging van 1 juli 2022. Welke regels golden, hangt af van het overgangsrecht (artikel V, Stb. 2022, 18), dat niet is vastgesteld.';
    case 'geen_vergadering_gepland':
      return 'Er is nog geen vergadering gepland waarin dit stuk wordt vastgesteld; plan die om de datum te kunnen berekenen.';
    case 'meerdere_vergaderingen':
      return 'Er zijn meer vergaderingen met dit stuk gepland; Grip rekent met de laatste.';
    case 'vaststelling_niet_in_jaar_voor_begrotingsjaar':
      return 'De begroting wordt niet vastgesteld in het jaar vóór het begrotingsjaar, zoals de wet vraagt.';
    case 'vaststelling_niet_in_jaar_na_begrotingsjaar':
      return 'De jaarrekening wordt niet vastgesteld in het jaar na het begrotingsjaar, zoals de wet vraagt.';
    case 'minder_dan_wettelijke_termijn':
      return `De stukken gaan pas op ${dt(d.verzendDatum)} naar de raden, terwijl dat uiterlijk ${dt(d.uiterlijk)} moest. De raden krijgen ${String(d.dagen)} dagen in plaats van ${String(d.wettelijkeDagen)}: ${String(d.tekortDagen)} dagen te weinig.`;
    case 'vaststelling_te_laat_voor_toezicht':
      return `Twee weken na de vaststelling (${dt(d.binnenTweeWeken)}) is later dan de vaste uiterste datum ${dt(d.vasteDatum)}: plan de vaststelling eerder.`;
    case 'reactie_tijdstip_open':
      return 'De wet noemt voor deze regeling met een provincie geen moment voor de reactie; Grip neemt aan: vóór de vaststelling.';
    case 'afspraak_later_dan_wet':
      return `Deze eigen afspraak (${dt(d.afspraak)}) ligt ${String(d.dagen)} dagen later dan de wettelijke datum (${dt(d.wet)}); de wettelijke datum gaat voor.`;
    case 'afspraak_zonder_datum':
      return 'Deze afspraak noemt geen datum en geen aantal weken.';
    case 'afspraak_datum_bestaat_niet':
      return 'De afgesproken datum bestaat niet in dit jaar (29 februari); Grip neemt 28 februari.';
    default:
      return w.code;
  }
}

/** A one-sentence explanation of an item. */
/** The name of a calendar item: its own title, or the step (marked when the regeling agreed it itself). */
export const itemLabel = (i: CyclusItem & { titel?: string }) =>
  i.titel ?? `${stapLabel[i.stap]}${i.bron === 'regeling' ? ' (eigen afspraak)' : ''}`;

export function itemUitleg(item: CyclusItem & { titel?: string }): string {
  if (item.titel && item.datum)
    return `${item.titel}, uiterlijk ${langeDatum(item.datum)} (${item.artikel}).`;
  const naar = !item.ontvanger
    ? ''
    : item.stap.startsWith('vaststelling')
      ? ` door ${ontvangerLabel[item.ontvanger]}`
      : ` aan ${ontvangerLabel[item.ontvanger]}`;
  if (item.bron === 'regeling') {
    return `Eigen afspraak in de regeling${item.omschrijving ? `: ${item.omschrijving}` : ''}.`;
  }
  if (!item.datum) return `${stapLabel[item.stap]}${naar}: datum onbekend.`;
  return `${stapLabel[item.stap]}${naar}, uiterlijk ${langeDatum(item.datum)} (${item.artikel}).`;
}
