/** Plain-Dutch explanations of the steps and warnings of a termijn computation (src/kalender). */
import type { NietWerkdagReden, Stap, TermijnResultaat, Waarschuwing } from '../../kalender';
import { langeDatum } from '../../platform/views/datumtekst';

export { langeDatum };

const eenheidTekst = (eenheid: unknown, aantal: unknown) => {
  const n = Number(aantal);
  const e = {
    dagen: ['dag', 'dagen'],
    weken: ['week', 'weken'],
    maanden: ['maand', 'maanden'],
    uren: ['uur', 'uur'],
  }[String(eenheid)] ?? [String(eenheid), String(eenheid)];
  return `${n} ${n === 1 ? e[0] : e[1]}`;
};

export function redenTekst(r: NietWerkdagReden): string {
  if (r.soort === 'feestdag') return `${r.naam} (algemeen erkende feestdag)`;
  if (r.soort !== 'gelijkgesteld') return r.soort;
  return `een dag die met een feestdag is gelijkgesteld (${r.besluit}${r.status === 'onbevestigd' ? ', vindplaats nog niet bevestigd' : ''})`;
}

const redenen = (v: unknown) =>
  Array.isArray(v) ? (v as NietWerkdagReden[]).map(redenTekst).join(' en ') : 'geen werkdag';

export function stapTekst(s: Stap, start: string): string {
  const d = s.data ?? {};
  switch (s.code) {
    case 'nominaal':
      return d.richting === 'terug'
        ? `${eenheidTekst(d.eenheid, d.aantal)} vóór ${langeDatum(start)} is ${langeDatum(s.naar)}: dat is de laatste dag.`
        : `De termijn van ${eenheidTekst(d.eenheid, d.aantal)} begint op de dag na ${langeDatum(start)} en eindigt zonder verlenging op ${langeDatum(s.naar)}.`;
    case 'uren_geen_verlenging':
      return 'Een termijn in uren wordt nooit verlengd.';
    case 'terugrekening_geen_verlenging':
      return 'Een termijn die wordt teruggerekend vanaf een later moment wordt niet verlengd.';
    case 'regeling_atw_van_toepassing_verklaard':
      return 'De regeling verklaart de Algemene termijnenwet van toepassing; de artikelen 1 tot en met 4 worden daarom toegepast.';
    case 'art1_geen_verlenging_nodig':
      return `${cap(langeDatum(s.naar))} is een werkdag; artikel 1 verlengt de termijn niet.`;
    case 'art1_verlengd': {
      const over = Array.isArray(d.overgeslagen)
        ? (d.overgeslagen as { datum: string; redenen: NietWerkdagReden[] }[])
        : [];
      const uitleg = over.map((o) => `${langeDatum(o.datum)} is ${redenen(o.redenen)}`).join('; ');
      return `${cap(uitleg || `${langeDatum(s.van)} is geen werkdag`)}. De termijn loopt daarom door tot en met de eerstvolgende werkdag: ${langeDatum(s.naar)}.`;
    }
    case 'art2_korter_dan_3_dagen':
      return 'De termijn is korter dan drie dagen; de regel van twee werkdagen geldt niet.';
    case 'art2_voldaan':
      return 'De termijn bevat minstens twee werkdagen, dus geen verdere verlenging.';
    case 'art2_verlengd':
      return `De termijn bevat maar ${String(d.werkdagen)} werkdag(en). Hij wordt verlengd tot hij er twee bevat: tot en met ${langeDatum(s.naar)}.`;
    case 'vaste_datum':
      return d.wijze === 'voor'
        ? `‘Vóór ${langeDatum(s.van)}’ betekent dat ${langeDatum(s.naar)} de laatste dag is.`
        : `De laatste dag is ${langeDatum(s.naar)}.`;
  }
}

export function waarschuwingTekst(w: Waarschuwing): string {
  const d = w.data ?? {};
  switch (w.code) {
    case 'langer_dan_12_weken':
    case 'langer_dan_90_dagen':
    case 'langer_dan_3_maanden':
      return `Een termijn van ${eenheidTekst(d.eenheid, d.aantal)} is langer dan twaalf weken, 90 dagen of drie maanden; de Algemene termijnenwet verlengt zo’n termijn niet.`;
    case 'uren_tijdstip_onbekend':
      return 'Het aantal uren is geen veelvoud van 24: de einddatum hangt af van het tijdstip van de gebeurtenis. Grip neemt de vroegst mogelijke dag.';
    case 'regeling_atw_open':
      return `Of de Algemene termijnenwet geldt voor een termijn uit de regeling zelf, is niet beslist: Gemeentewet artikel 145 geldt voor gemeentelijke verordeningen, niet voor een gemeenschappelijke regeling. Grip verlengt daarom niet. Als de wet wel zou gelden, eindigde de termijn op ${langeDatum(d.einddatumAlsAtwGeldt)}. Een regeling kan zelf bepalen dat de wet van toepassing is.`;
    case 'eindigt_op_niet_werkdag':
      return `Let op: ${langeDatum(d.datum)} is ${redenen(d.redenen)}.`;
    case 'gelijkstelling_onbevestigd':
      return `De uitkomst hangt af van een dag die met een feestdag is gelijkgesteld (${langeDatum(d.datum)}); de vindplaats van dat besluit is nog niet bevestigd.`;
    case 'vaste_datum_atw_open':
      return `Of de Algemene termijnenwet een vaste kalenderdatum verschuift, is niet beslist. Grip verschuift de datum niet; de eerstvolgende werkdag zou ${langeDatum(d.eerstvolgendeWerkdag)} zijn.`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The result with a Dutch explanation added to every step and warning. */
export function metUitleg(r: TermijnResultaat, start: string) {
  return {
    ...r,
    stappen: r.stappen.map((s) => ({ ...s, uitleg: stapTekst(s, start) })),
    waarschuwingen: r.waarschuwingen.map((w) => ({ ...w, uitleg: waarschuwingTekst(w) })),
  };
}
