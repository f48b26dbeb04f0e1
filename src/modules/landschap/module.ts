import type { Module } from '../../platform/http/app';
import { landschapApi } from './api';
import { landschapWeb } from './web';

export const landschapModule: Module = { naam: 'landschap', api: landschapApi, web: landschapWeb };
