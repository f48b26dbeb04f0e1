/**
 * The kinds of procedure in which a regeling asks the councils of its participants for their
 * view, and the rules of each: who asks whom, in which period and how it is counted, what the
 * addressee must do with the answers. Pure: no I/O, no clock; the date that decides which
 * rules apply (the day the procedure is sent) is passed in.
 *
 * Sources: Wgr art. 1 lid 2–5 (drafts of a regeling, its amendment, entry and exit), art. 10
 * lid 5–6 (decisions the regeling designates), art. 25 (bestuurscommissie), art. 31a
 * (participation in a legal entity), art. 34b (kaders, voorlopige jaarrekening), art. 34 lid 3
 * (jaarrekening), art. 35 (ontwerpbegroting, begrotingswijzigingen), as checked against the
 * statutory text in the domain briefs.
 */
import type { Vorm } from '../../regelingen/domain/types';

export const procedureSoorten = [
  'ontwerpbegroting',
  'begrotingswijziging',
  'kaders',
  'jaarrekening',
  'ontwerp_regeling',
  'wijziging_regeling',
  'toetreding',
  'uittreding',
  'opheffing',
  'deelneming_rechtspersoon',
  'bestuurscommissie',
  'aangewezen_besluit',
] as const;
export type ProcedureSoort = (typeof procedureSoorten)[number];

/** What the councils are asked for. */
export type Reactievorm = 'zienswijze' | 'wensen_en_bedenkingen' | 'kennisname';

/**
 * How the period of the councils is set:
 * - `wet`: a period in the statute, counted by the Algemene termijnenwet from sending
 *   (art. 1 lid 3: eight weeks after receipt);
 * - `tot_aanbieding`: no separate period; the councils can respond until the draft is put to
 *   the board, which the statute guarantees is at least the given period after sending
 *   (art. 35 lid 1 and 3);
 * - `regeling`: the period the regeling itself sets (art. 10 lid 5), given per procedure;
 * - `vrij`: the statute sets none (art. 25, 31a); the secretariaat gives one per procedure;
 * - `geen`: information only, no response expected.
 */
export type TermijnRegel =
  | { soort: 'wet'; duur: string; artikel: string }
  | { soort: 'tot_aanbieding'; minimum: string; artikel: string }
  | { soort: 'regeling'; artikel: string }
  | { soort: 'vrij'; artikel: string }
  | { soort: 'geen' };

export interface SoortRegels {
  soort: ProcedureSoort;
  /** The articles that create the procedure. */
  artikel: string;
  /**
   * Who sends: the GR's bestuur (dagelijks bestuur or the bestuur of a BVO/GO) to all councils,
   * or each participant's college or burgemeester to its own council (art. 1 lid 2).
   */
  afzender: 'bestuur' | 'college';
  reactievorm: Reactievorm;
  termijn: TermijnRegel;
  /** The board must answer each zienswijze in writing and with reasons before deciding. */
  reactieBestuur: { artikel: string } | null;
  /** The council's consent is needed after its zienswijze (art. 1 lid 4). */
  toestemming: { artikel: string } | null;
  /** At least one document must be attached before sending (the draft itself). */
  documentVerplicht: boolean;
  /** Whether the procedure ends in a decision of the GR (and so needs a decision date). */
  eindigtInBesluit: boolean;
  /** Forms of cooperation for which this procedure exists; null: every form. */
  vormen: readonly Vorm[] | null;
}

const MET_EIGEN_BEGROTING: readonly Vorm[] = [
  'openbaar_lichaam',
  'bedrijfsvoeringsorganisatie',
  'gemeenschappelijk_orgaan',
];

/** The rules of 1 July 2022 (Stb. 2022, 18 and 128) apply to procedures sent from this day. */
export const WGR_2022 = '2022-07-01';

/** The rules for a kind of procedure, as they apply to one sent on `peildatum`. */
export function regelsVoor(
  soort: ProcedureSoort,
  peildatum: string,
  opties: { vrijgesteldeCategorie?: boolean } = {},
): SoortRegels {
  const na2022 = peildatum >= WGR_2022;
  const basis = { soort, documentVerplicht: true, toestemming: null, vormen: null } as const;
  switch (soort) {
    case 'ontwerpbegroting':
      return {
        ...basis,
        artikel: 'Wgr art. 35 lid 1 en 3',
        afzender: 'bestuur',
        reactievorm: 'zienswijze',
        termijn: {
          soort: 'tot_aanbieding',
          minimum: na2022 ? 'P12W' : 'P8W',
          artikel: 'Wgr art. 35 lid 1',
        },
        reactieBestuur: na2022 ? { artikel: 'Wgr art. 35 lid 4' } : null,
        eindigtInBesluit: true,
        vormen: MET_EIGEN_BEGROTING,
      };
    case 'begrotingswijziging':
      // Before 1 July 2022 the begrotingswijzigingen were lid 5 of art. 35; the 2022 act renumbered it to lid 6.
      if (opties.vrijgesteldeCategorie)
        return {
          ...basis,
          artikel: na2022 ? 'Wgr art. 35 lid 6' : 'Wgr art. 35 lid 5',
          afzender: 'bestuur',
          reactievorm: 'kennisname',
          termijn: { soort: 'geen' },
          reactieBestuur: null,
          eindigtInBesluit: true,
          vormen: MET_EIGEN_BEGROTING,
        };
      return {
        ...basis,
        artikel: na2022 ? 'Wgr art. 35 lid 6' : 'Wgr art. 35 lid 5',
        afzender: 'bestuur',
        reactievorm: 'zienswijze',
        termijn: {
          soort: 'tot_aanbieding',
          minimum: na2022 ? 'P12W' : 'P8W',
          artikel: na2022 ? 'Wgr art. 35 lid 6 jo. lid 1' : 'Wgr art. 35 lid 5 jo. lid 1',
        },
        reactieBestuur: na2022 ? { artikel: 'Wgr art. 35 lid 6 jo. lid 4' } : null,
        eindigtInBesluit: true,
        vormen: MET_EIGEN_BEGROTING,
      };
    case 'kaders':
      return {
        ...basis,
        artikel: 'Wgr art. 34b',
        afzender: 'bestuur',
        reactievorm: 'kennisname',
        termijn: { soort: 'geen' },
        reactieBestuur: null,
        eindigtInBesluit: false,
        vormen: MET_EIGEN_BEGROTING,
      };
    case 'jaarrekening':
      return {
        ...basis,
        artikel: 'Wgr art. 34 lid 3–4',
        afzender: 'bestuur',
        reactievorm: 'kennisname',
        termijn: { soort: 'geen' },
        reactieBestuur: null,
        eindigtInBesluit: false,
        vormen: MET_EIGEN_BEGROTING,
      };
    case 'ontwerp_regeling':
    case 'wijziging_regeling':
    case 'toetreding':
    case 'uittreding':
    case 'opheffing':
      return {
        ...basis,
        // Art. 1 lid 5 names wijzigen, toetreden and uittreden, not opheffen: for a dissolution the
        // draft procedure follows the regeling's own clause (art. 9 lid 1); see verzoekVoorDeelnemer.
        artikel:
          soort === 'opheffing' ? 'Wgr art. 9 lid 1 (art. 1 lid 2–4 naar analogie)' : 'Wgr art. 1 lid 2–5',
        afzender: 'college',
        reactievorm: 'zienswijze',
        termijn: { soort: 'wet', duur: 'P8W', artikel: 'Wgr art. 1 lid 3' },
        reactieBestuur: null,
        toestemming: { artikel: 'Wgr art. 1 lid 4' },
        eindigtInBesluit: true,
      };
    case 'deelneming_rechtspersoon':
      return {
        ...basis,
        artikel: 'Wgr art. 31a',
        afzender: 'bestuur',
        reactievorm: 'wensen_en_bedenkingen',
        termijn: { soort: 'vrij', artikel: 'Wgr art. 31a lid 2' },
        reactieBestuur: null,
        eindigtInBesluit: true,
        vormen: ['openbaar_lichaam', 'bedrijfsvoeringsorganisatie'],
      };
    case 'bestuurscommissie':
      return {
        ...basis,
        artikel: 'Wgr art. 25',
        afzender: 'bestuur',
        reactievorm: 'wensen_en_bedenkingen',
        termijn: { soort: 'vrij', artikel: 'Wgr art. 25 lid 2' },
        reactieBestuur: null,
        eindigtInBesluit: true,
        vormen: ['openbaar_lichaam'],
      };
    case 'aangewezen_besluit':
      return {
        ...basis,
        artikel: 'Wgr art. 10 lid 5–6',
        afzender: 'bestuur',
        reactievorm: 'zienswijze',
        termijn: { soort: 'regeling', artikel: 'Wgr art. 10 lid 5' },
        reactieBestuur: { artikel: 'Wgr art. 10 lid 6' },
        eindigtInBesluit: true,
        vormen: MET_EIGEN_BEGROTING,
      };
  }
}

/** Whether this kind of procedure exists for a regeling of this form; if not, why. */
export function soortPastBijVorm(
  regels: SoortRegels,
  vorm: Vorm,
): { past: true } | { past: false; artikel: string } {
  if (regels.vormen === null || regels.vormen.includes(vorm)) return { past: true };
  return { past: false, artikel: regels.artikel };
}

/** The councils' representative body, by kind of participant. */
export type Vertegenwoordiger = 'raad' | 'provinciale_staten' | 'algemeen_bestuur_waterschap';

/**
 * What one participant is asked:
 * - `zienswijze` / `wensen_en_bedenkingen`: its council may respond;
 * - `zienswijze_en_toestemming`: art. 1 lid 2–4: the college or burgemeester sends the draft to
 *   its own council, which may respond within eight weeks and must then consent (consent may
 *   only be withheld for conflict with the law or the public interest);
 * - `eigen_besluit`: the council is itself a party (art. 1 lid 2, second sentence): there is no
 *   draft procedure, the council decides itself;
 * - `kennisname`: for information.
 */
export type Vraag =
  'zienswijze' | 'wensen_en_bedenkingen' | 'zienswijze_en_toestemming' | 'eigen_besluit' | 'kennisname';

export interface Verzoekregel {
  aan: Vertegenwoordiger;
  vraag: Vraag;
  /** Rules the domain briefs mark UNCONFIRMED are shown as such. */
  status: 'bevestigd' | 'onbevestigd';
  artikel: string;
}

/**
 * The request to one participant, from the kind of procedure and how the participant takes part.
 * Participants without a representative council of their own (the Rijk, other public bodies,
 * private legal persons) get no request.
 */
export function verzoekVoorDeelnemer(
  regels: SoortRegels,
  deelnemer: { organisatieSoort: string; organen: readonly string[] },
): Verzoekregel | null {
  const aan: Vertegenwoordiger | null =
    deelnemer.organisatieSoort === 'gemeente'
      ? 'raad'
      : deelnemer.organisatieSoort === 'provincie'
        ? 'provinciale_staten'
        : deelnemer.organisatieSoort === 'waterschap'
          ? 'algemeen_bestuur_waterschap'
          : null;
  if (!aan) return null;
  // Art. 1 applies to gemeenten; art. 40 lid 2–5 gives provinces the same; for waterschappen the
  // briefs confirm no equivalent, so that mapping is shown as unconfirmed.
  const status =
    aan === 'algemeen_bestuur_waterschap' || regels.soort === 'opheffing' ? 'onbevestigd' : 'bevestigd';
  if (regels.reactievorm === 'kennisname')
    return { aan, vraag: 'kennisname', status: 'bevestigd', artikel: regels.artikel };
  if (regels.afzender === 'college') {
    const artikel = aan === 'provinciale_staten' ? 'Wgr art. 40 lid 2–5' : 'Wgr art. 1 lid 2–5';
    const vertegenwoordigerIsPartij = deelnemer.organen.some((o) =>
      ['raad', 'provinciale_staten', 'waterschap_ab'].includes(o),
    );
    return {
      aan,
      vraag: vertegenwoordigerIsPartij ? 'eigen_besluit' : 'zienswijze_en_toestemming',
      status,
      artikel,
    };
  }
  return {
    aan,
    vraag: regels.reactievorm,
    status,
    artikel: regels.artikel,
  };
}
