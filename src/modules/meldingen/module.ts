import type { Module } from '../../platform/http/app';
import { meldingenWeb } from './web';

export const meldingenModule: Module = { naam: 'meldingen', web: meldingenWeb };
