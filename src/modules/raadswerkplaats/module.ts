import type { Module } from '../../platform/http/app';
import { raadswerkplaatsWeb } from './web';

export const raadswerkplaatsModule: Module = { naam: 'raadswerkplaats', web: raadswerkplaatsWeb };
