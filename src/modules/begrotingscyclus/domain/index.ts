/** Public API of the begrotingscyclus domain (pure: no I/O, no clock; dates are 'YYYY-MM-DD'). */
export {
  begrotingscyclus,
  regimeOp,
  EIGEN_AFSPRAAK,
  INWERKINGTREDING_2022,
  PC_ARTIKELEN,
  PC_REGELS,
  VORMEN_MET_EIGEN_BEGROTING,
  type PcRegels,
} from './cyclus';
export * from './types';
