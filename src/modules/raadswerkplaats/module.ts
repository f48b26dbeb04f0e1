import type { Module } from '../../platform/http/app';
import { inlichtingenApi, instrumentenApi } from './api';
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
  },
  web: (app, s) => {
    raadswerkplaatsWeb(app, s);
    inlichtingenWeb(app, s);
    tafelWeb(app, s);
  },
};
