/** Public API of the Algemene termijnenwet calendar (pure: no I/O, no clock; dates are 'YYYY-MM-DD'). */
export { dagenTussen, isDatum } from './datum';
export { parseDuur, type Duur, type Eenheid } from './duur';
export { algemeenErkendeFeestdagen, pasen, EERSTE_JAAR, type Feestdag } from './feestdagen';
export { GELIJKGESTELDE_DAGEN, type GelijkgesteldeDag } from './gelijkgestelde-dagen';
export { maakKalender, STANDAARD_KALENDER, type Kalender, type NietWerkdagReden } from './kalender';
export {
  berekenTermijn,
  vasteDatum,
  type Stap,
  type StapCode,
  type TermijnInput,
  type TermijnResultaat,
  type Waarschuwing,
  type WaarschuwingCode,
} from './termijn';
