import type { Module } from '../../platform/http/app';
import { analyseWeb } from './analyse-web';
import { landschapApi } from './api';
import { landschapWeb } from './web';

export const landschapModule: Module = {
  naam: 'landschap',
  api: landschapApi,
  web: (app, s) => {
    landschapWeb(app, s);
    analyseWeb(app, s);
  },
};
