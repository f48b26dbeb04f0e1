import type { Module } from '../../platform/http/app';
import { kalenderWeb } from './web';

export const kalenderModule: Module = { naam: 'kalender', web: kalenderWeb };
