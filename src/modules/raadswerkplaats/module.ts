import type { Module } from '../../platform/http/app';
import { inlichtingenApi } from './api';
import { inlichtingenWeb } from './inlichtingen-web';
import { raadswerkplaatsWeb } from './web';

export const raadswerkplaatsModule: Module = {
  naam: 'raadswerkplaats',
  api: inlichtingenApi,
  web: (app, s) => {
    raadswerkplaatsWeb(app, s);
    inlichtingenWeb(app, s);
  },
};
