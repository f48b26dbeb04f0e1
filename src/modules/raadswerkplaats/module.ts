import type { Module } from '../../platform/http/app';
import { inlichtingenApi, instrumentenApi } from './api';
import { contactenApi } from './contacten-api';
import { contactenWeb } from './contacten-web';
import { inlichtingenWeb } from './inlichtingen-web';
import { raadswerkplaatsWeb } from './web';

export const raadswerkplaatsModule: Module = {
  naam: 'raadswerkplaats',
  api: (api, s) => {
    inlichtingenApi(api, s);
    instrumentenApi(api, s);
    contactenApi(api, s);
  },
  web: (app, s) => {
    raadswerkplaatsWeb(app, s);
    inlichtingenWeb(app, s);
    contactenWeb(app, s);
  },
};
