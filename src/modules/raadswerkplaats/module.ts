import type { Module } from '../../platform/http/app';
import { inlichtingenApi, instrumentenApi } from './api';
import { adviescommissieApi } from './adviescommissie-api';
import { adviescommissieWeb } from './adviescommissie-web';
import { contactenApi } from './contacten-api';
import { contactenWeb } from './contacten-web';
import { inlichtingenWeb } from './inlichtingen-web';
import { tafelApi } from './tafel-api';
import { tafelWeb } from './tafel-web';
import { raadswerkplaatsWeb } from './web';

export const raadswerkplaatsModule: Module = {
  naam: 'raadswerkplaats',
  api: (api, s) => {
    inlichtingenApi(api, s);
    instrumentenApi(api, s);
    tafelApi(api, s);
    contactenApi(api, s);
    adviescommissieApi(api, s);
  },
  web: (app, s) => {
    raadswerkplaatsWeb(app, s);
    inlichtingenWeb(app, s);
    tafelWeb(app, s);
    contactenWeb(app, s);
    adviescommissieWeb(app, s);
  },
};
