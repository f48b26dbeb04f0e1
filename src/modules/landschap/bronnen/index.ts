/**
 * The parsing layer of the national-landscape imports: pure parsers that turn each source into plain,
 * typed, normalised records with their source (`bron`), vintage (`peildatum` / `jaargang`) and origin
 * (`herkomst`). A later database importer stores them. Malformed input is a `BronFout` (`bestand:regel: reden`).
 *
 * | bron           | file                | source                                                        |
 * | -------------- | ------------------- | ------------------------------------------------------------- |
 * | 'roo-polder'   | roo-polder.ts       | GR register (ROO) as the Polder dataset's YAML folder          |
 * | 'roo'          | roo-xml.ts          | GR register in the ROO export `exportOO.xml`, streamed         |
 * | 'opengr'       | opengr.ts           | OpenGR 2016 participants per GR (provinces' Wob answers)       |
 * | 'herindelingen'| opvolgers.ts        | successors of ended gemeenten (+ `koppelDeelnemer`, koppel.ts) |
 * | 'regioatlas'   | regioatlas.ts       | region divisions per gemeente (BZK Regioatlas 2016)            |
 * | 'grenzen'      | grenzen.ts          | boundaries of gemeenten, provincies, veiligheidsregio's        |
 * | 'cbs'          | cbs-odata.ts        | population per gemeente from CBS StatLine OData pages          |
 */
export {
  BronFout,
  type BronNaam,
  type Herkomst,
  cbsCodeUitOrganisatiecode,
  cbsCodeUitTooi,
  herstelMojibake,
  isGeldigeDatum,
  leesPercentage,
  normaliseerNaam,
  schoonNaam,
  tooiSoort,
  vergelijkNaam,
} from './bron';
export {
  inWerking,
  orgaanUitRoo,
  type RooDeelname,
  type RooOrgaan,
  type RooOrganisatie,
  type RooOrganisatieSoort,
  type RooRegeling,
  type RooVerwijzing,
  vormUitRoo,
  vulCbsCodesAan,
} from './roo';
export {
  leesRooPolderBestand,
  leesRooPolderMap,
  type RooPolder,
  type RooPolderRecord,
  voegRooPolderSamen,
} from './roo-polder';
export { leesRooXml, leesRooXmlAlles, type RooXml, type RooXmlOpties, type RooXmlRecord } from './roo-xml';
export {
  type Codering,
  decodeerRegels,
  leesOpengr,
  type Opengr,
  type OpengrDeelname,
  type OpengrRegeling,
} from './opengr';
export { leesOpvolgers, type Opvolging } from './opvolgers';
export { koppelDeelnemer, type KoppelGemeente, type Koppeling } from './koppel';
export {
  leesRegioatlasBestand,
  leesRegioatlasMap,
  REGIOATLAS_INDELINGEN,
  type RegioIndeling,
} from './regioatlas';
export {
  type GrensEigenschappen,
  type GrensFeature,
  type Grenzen,
  type GrensSoort,
  leesGrenzen,
  leesGrenzenTekst,
  normaliseerGrensCode,
} from './grenzen';
export {
  type CbsBevolking,
  type CbsInwoners,
  type CbsOpties,
  cbsTabel,
  leesCbsPaginas,
  peildatumUitPeriode,
  volgendeCbsLink,
} from './cbs-odata';
