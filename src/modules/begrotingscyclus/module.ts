import type { Module } from '../../platform/http/app';
import { begrotingscyclusApi } from './api';
import { begrotingscyclusWeb } from './web';

export const begrotingscyclusModule: Module = {
  naam: 'begrotingscyclus',
  api: begrotingscyclusApi,
  web: begrotingscyclusWeb,
};
