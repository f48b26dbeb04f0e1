import type { Module } from '../../platform/http/app';
import { organisatiesApi } from './api';
import { organisatiesWeb } from './web';

export const organisatiesModule: Module = {
  naam: 'organisaties',
  api: organisatiesApi,
  web: organisatiesWeb,
};
