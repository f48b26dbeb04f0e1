/**
 * The sections of `npm run bench`, in the order they run. Add a section per issue here.
 */
import type { Sectie } from '../lib/sectie';
import { register } from './register';
import { procedures } from './procedures';
import { raadswerkplaats } from './raadswerkplaats';
import { termijnen } from './termijnen';
import { landschapImport } from './landschap-import';
import { landschap } from './landschap';

export const secties: Sectie[] = [
  register,
  termijnen,
  procedures,
  raadswerkplaats,
  landschapImport,
  landschap,
];
