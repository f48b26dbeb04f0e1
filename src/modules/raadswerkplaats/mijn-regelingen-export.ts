/**
 * Mijn regelingen as a spreadsheet (CSV, XLSX): one row per regeling of the organisation, with what the
 * griffie needs for the paragraaf verbonden partijen of the begroting and jaarstukken (BBV art. 15) and for a
 * council's annual look at its regelingen: form and type, our share of votes, costs and population, our
 * members in the board, the next deadline and the open procedures. Pure: the rows from the read model.
 */
import type { Kolom } from '../../platform/documenten/export';
import { itemLabel } from '../begrotingscyclus/teksten';
import { bestuursorgaanLabel, functieLabel, orgaanLabel, typeLabel, vormLabel } from '../regelingen/teksten';
import type { MijnOrganisatie, MijnRegeling, Termijn } from './service';

export const exportKolommen: Kolom[] = [
  { sleutel: 'organisatie', titel: 'Organisatie' },
  { sleutel: 'regeling', titel: 'Regeling', breedte: 40 },
  { sleutel: 'vorm', titel: 'Vorm' },
  { sleutel: 'type', titel: 'Type' },
  { sleutel: 'belang', titel: 'Wat de regeling doet', breedte: 50 },
  { sleutel: 'organen', titel: 'Neemt deel met' },
  { sleutel: 'sinds', titel: 'Deelnemer sinds' },
  { sleutel: 'stemaandeel', titel: 'Stemaandeel (%)' },
  { sleutel: 'stemmen', titel: 'Stemmen' },
  { sleutel: 'kostenaandeel', titel: 'Kostenaandeel (%)' },
  { sleutel: 'kostenverdeling', titel: 'Kostenverdeling' },
  { sleutel: 'bevolkingsaandeel', titel: 'Bevolkingsaandeel (%)' },
  { sleutel: 'leden', titel: 'Onze leden in het bestuur', breedte: 50 },
  { sleutel: 'termijnDatum', titel: 'Eerstvolgende termijn' },
  { sleutel: 'termijn', titel: 'Wat', breedte: 50 },
  { sleutel: 'openProcedures', titel: 'Open procedures' },
  { sleutel: 'link', titel: 'In Grip', breedte: 60 },
];

/** A fraction 0..1 as a percentage with one decimal, or null when unknown. */
const pct = (f: number | null | undefined) =>
  f === null || f === undefined ? null : Math.round(f * 1000) / 10;

function termijnTekst(t: Termijn | undefined): string | null {
  if (!t) return null;
  if (t.soort === 'verzoek')
    return `Reactie van de raad: ${t.procedure.titel}${t.verlopen ? ' (termijn verstreken)' : ''}`;
  return `${itemLabel(t.item)}${t.item.bron === 'wet' ? ` (${t.item.artikel})` : ''}`;
}

function kostenverdeling(m: MijnRegeling): string | null {
  const k = m.deelname.kostenverdeling;
  if (!k) return null;
  if (k.soort === 'percentage') return 'vast percentage';
  if (k.soort === 'per_inwoner') return `naar inwonertal${k.peildatum ? ` (peildatum ${k.peildatum})` : ''}`;
  return k.omschrijving;
}

export function exportRijen(organisaties: MijnOrganisatie[], baseUrl: string): Record<string, unknown>[] {
  return organisaties.flatMap((org) =>
    org.regelingen.map((m) => ({
      organisatie: org.organisatie.naam,
      regeling: m.regeling.naam,
      vorm: vormLabel[m.regeling.vorm],
      type: typeLabel[m.regeling.type],
      belang: m.regeling.belang,
      organen: m.deelname.organen.map((o) => orgaanLabel[o]).join(', ') || null,
      sinds: m.deelname.datumToetreding,
      stemaandeel: pct(m.aandeel?.stemaandeel),
      stemmen: m.deelname.stemmen,
      kostenaandeel: pct(m.aandeel?.kostenaandeel),
      kostenverdeling: kostenverdeling(m),
      bevolkingsaandeel: pct(m.aandeel?.bevolkingsaandeel),
      leden:
        m.leden
          .map(
            (l) => `${bestuursorgaanLabel[l.orgaan]}: ${l.naam} (${functieLabel[l.functie].toLowerCase()})`,
          )
          .join('; ') || null,
      termijnDatum: m.termijnen[0]?.datum ?? null,
      termijn: termijnTekst(m.termijnen[0]),
      openProcedures: m.openProcedures.length,
      link: new URL(`/regelingen/${m.regeling.id}`, baseUrl).toString(),
    })),
  );
}
