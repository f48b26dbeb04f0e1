/** The landschap analyses: pure functions over plain participation rows (invoer.ts). */
export { type AnalyseDeelname, isGemeente, perRegeling } from './invoer';
export { type GemeenteCijfers, type GemiddeldAandeel, perGemeente } from './per-gemeente';
export { type Verdeling, percentiel, verdeling } from './verdeling';
export { type Medelidmaatschap, type Paar, medelidmaatschap } from './medelidmaatschap';
export { type ProvincieCijfers, perProvincie } from './per-provincie';
export {
  type GemeenteRij,
  type LandschapOverzicht,
  type OverzichtInvoer,
  type ParenRij,
  beleidsterreinenIn,
  landschapOverzicht,
  opBeleidsterrein,
} from './overzicht';
export {
  type Congruentie,
  type CongruentieTelling,
  type GemeenteCongruentie,
  type Regio,
  type RegioCongruentie,
  congruentie,
  partnersets,
} from './congruentie';
export {
  type GemeenteVerandering,
  type Match,
  type Verandering,
  type VergelijkRegeling,
  verandering,
  vergelijkbareNaam,
} from './verandering';
export { type Geometrie, type Kaart, type KaartGebied, type KaartPad, kaart, KLEUR_ONBEKEND } from './kaart';
export { type Netwerk, netwerk } from './netwerk';
