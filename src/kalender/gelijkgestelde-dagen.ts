/**
 * Days equated with an algemeen erkende feestdag by royal decree (Atw art. 3 lid 3: "Wij kunnen bepaalde
 * dagen voor de toepassing van deze wet met de in het eerste lid genoemde gelijkstellen. Ons besluit wordt
 * in de Nederlandse Staatscourant openbaar gemaakt."). Such decrees appear roughly every three years.
 *
 * status 'bevestigd': the decree text itself was seen (official consolidated text on wetten.overheid.nl).
 * status 'onbevestigd': the date is known from a secondary source only; the Staatscourant citation is
 * OPEN (domein-wgr-aanvulling.md §2.5 and §3 item 4) and must be verified before relying on it.
 * The application adds rows entered by a beheerder; see maakKalender in kalender.ts.
 */
export interface GelijkgesteldeDag {
  datum: string;
  /** Title of the decree. */
  besluit: string;
  /** Where the row comes from (official identifier or URL). */
  bron: string;
  status: 'bevestigd' | 'onbevestigd';
}

const B2016 =
  'Besluit gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag';
const BRON2016 =
  'Besluit van 24 oktober 2016, nr. 2016001827; https://wetten.overheid.nl/BWBR0038666/2016-11-01';
const B2023 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const B2026 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';
const FD =
  'Secondary: https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745 (Stcrt. citation OPEN)';

const rij = (datum: string, besluit: string, bron: string, status: GelijkgesteldeDag['status']) =>
  Object.freeze({ datum, besluit, bron, status });

/** The repository's table of equated days (Atw art. 3 lid 3), sorted by date. The default for maakKalender. */
export const GELIJKGESTELDE_DAGEN: readonly GelijkgesteldeDag[] = Object.freeze([
  ...['2017-04-28', '2017-05-26', '2018-05-11', '2018-12-24', '2018-12-31', '2019-05-31', '2019-12-27'].map(
    (d) => rij(d, B2016, BRON2016, 'bevestigd'),
  ),
  rij(
    '2022-05-27',
    'Gelijkstellingsbesluit (title not established)',
    'Secondary: https://wvhl.nl/algemeen/de-algemene-termijnenwet (decree and Stcrt. citation OPEN)',
    'onbevestigd',
  ),
  ...['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'].map((d) =>
    rij(d, B2023, FD, 'onbevestigd'),
  ),
  ...['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'].map((d) =>
    rij(d, B2026, FD, 'onbevestigd'),
  ),
]);
