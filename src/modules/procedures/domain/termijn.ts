/**
 * The deadline of one participant's request, through the Algemene termijnenwet engine, so that it
 * equals what POST /api/v1/termijnen/berekeningen gives for the same start and period. Pure.
 */
import { berekenTermijn, parseDuur, type Kalender, type TermijnResultaat } from '../../../kalender';
import type { SoortRegels } from './soorten';

export interface TermijnOpties {
  /** The day the GR (or the college) sent the request. */
  verzondenOp: string;
  /** The day this participant received it, when recorded (art. 1 lid 3 counts from receipt). */
  ontvangenOp?: string | null;
  /** Period given for this procedure: the regeling's own (art. 10 lid 5) or, where the statute sets none, the secretariaat's. */
  duur?: string | null;
  /** The regeling declares the Atw applicable to its own periods. */
  atwVanToepassing?: boolean;
  /** A reply date the regeling's parties agreed on (replaces a period the statute does not set). */
  afgesprokenUiterlijk?: string | null;
  /** Planned date the board decides (for the ontwerpbegroting: the AB meeting it is offered to). */
  besluitdatum?: string | null;
  kalender: Kalender;
}

export type TermijnWaarschuwing =
  | { code: 'te_laat_verzonden'; artikel: string; laatsteVerzenddatum: string }
  | { code: 'besluit_voor_einde_termijn'; artikel: string }
  | { code: 'afspraak_korter_dan_wet'; artikel: string; wettelijk: string };

export interface VerzoekTermijn {
  /** Last day for the council's response; null for information only. */
  uiterlijk: string | null;
  /** How the date was reached: the engine's explanation, or null for an agreed date. */
  berekening: TermijnResultaat | null;
  grondslag: 'wet' | 'regeling' | 'afspraak' | 'geen';
  waarschuwingen: TermijnWaarschuwing[];
}

export type TermijnFout = 'duur_ontbreekt' | 'duur_ongeldig';

export function verzoekTermijn(
  regels: SoortRegels,
  o: TermijnOpties,
): VerzoekTermijn | { fout: TermijnFout } {
  const t = regels.termijn;
  const waarschuwingen: TermijnWaarschuwing[] = [];
  switch (t.soort) {
    case 'geen':
      return { uiterlijk: null, berekening: null, grondslag: 'geen', waarschuwingen };
    case 'wet': {
      const berekening = berekenTermijn({
        start: o.ontvangenOp ?? o.verzondenOp,
        duur: parseDuur(t.duur)!,
        richting: 'vooruit',
        grondslag: 'wet',
        kalender: o.kalender,
      });
      if (o.besluitdatum && o.besluitdatum <= berekening.einddatum)
        waarschuwingen.push({ code: 'besluit_voor_einde_termijn', artikel: t.artikel });
      return { uiterlijk: berekening.einddatum, berekening, grondslag: 'wet', waarschuwingen };
    }
    case 'tot_aanbieding': {
      // No separate period (art. 35 lid 3): the councils respond until the draft is put to the
      // AB, which lid 1 places at least `minimum` after sending. Grip counts that minimum.
      const minimum = parseDuur(t.minimum)!;
      const berekening = berekenTermijn({
        start: o.verzondenOp,
        duur: minimum,
        richting: 'vooruit',
        grondslag: 'wet',
        kalender: o.kalender,
      });
      if (o.besluitdatum) {
        // Counted back from the meeting: no Atw extension (Atw art. 1 lid 2).
        const laatste = berekenTermijn({
          start: o.besluitdatum,
          duur: minimum,
          richting: 'terug',
          grondslag: 'wet',
          kalender: o.kalender,
        }).einddatum;
        if (o.verzondenOp > laatste)
          waarschuwingen.push({
            code: 'te_laat_verzonden',
            artikel: t.artikel,
            laatsteVerzenddatum: laatste,
          });
      }
      if (o.afgesprokenUiterlijk) {
        if (o.afgesprokenUiterlijk < berekening.einddatum)
          waarschuwingen.push({
            code: 'afspraak_korter_dan_wet',
            artikel: t.artikel,
            wettelijk: berekening.einddatum,
          });
        return { uiterlijk: o.afgesprokenUiterlijk, berekening: null, grondslag: 'afspraak', waarschuwingen };
      }
      return { uiterlijk: berekening.einddatum, berekening, grondslag: 'wet', waarschuwingen };
    }
    case 'regeling':
    case 'vrij': {
      if (o.afgesprokenUiterlijk && !o.duur)
        return { uiterlijk: o.afgesprokenUiterlijk, berekening: null, grondslag: 'afspraak', waarschuwingen };
      if (!o.duur) return { fout: 'duur_ontbreekt' };
      const duur = parseDuur(o.duur);
      if (!duur) return { fout: 'duur_ongeldig' };
      const berekening = berekenTermijn({
        start: o.ontvangenOp ?? o.verzondenOp,
        duur,
        richting: 'vooruit',
        grondslag: 'regeling',
        atwVanToepassingVerklaard: o.atwVanToepassing === true,
        kalender: o.kalender,
      });
      if (o.besluitdatum && o.besluitdatum <= berekening.einddatum)
        waarschuwingen.push({ code: 'besluit_voor_einde_termijn', artikel: t.artikel });
      return { uiterlijk: berekening.einddatum, berekening, grondslag: 'regeling', waarschuwingen };
    }
  }
}
