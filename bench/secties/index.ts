/**
 * The sections of `npm run bench`, in the order they run. Add a section per issue here.
 * GRIP_BENCH_SECTIES=naam,naam runs only those sections (the data are generated all the same).
 */
import type { Sectie } from '../lib/sectie';
import { register } from './register';
import { procedures } from './procedures';
import { raadswerkplaats } from './raadswerkplaats';
import { termijnen } from './termijnen';

const alle: Sectie[] = [register, termijnen, procedures, raadswerkplaats];
const keuze = process.env.GRIP_BENCH_SECTIES?.split(',').map((s) => s.trim());

export const secties: Sectie[] = keuze ? alle.filter((s) => keuze.includes(s.naam)) : alle;
