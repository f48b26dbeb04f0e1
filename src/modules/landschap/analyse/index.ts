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
  landschapOverzicht,
} from './overzicht';
