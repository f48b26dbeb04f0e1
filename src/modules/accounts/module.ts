import type { Module } from '../../platform/http/app';
import { accountsApi } from './api';
import { raadsgebruikersWeb } from './raadsgebruikers-web';
import { accountsWeb } from './web';

export const accountsModule: Module = {
  naam: 'accounts',
  web: (app, s) => {
    accountsWeb(app, s);
    raadsgebruikersWeb(app, s);
  },
  api: accountsApi,
};
