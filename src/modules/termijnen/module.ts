import type { Module } from '../../platform/http/app';
import { termijnenApi } from './api';
import { termijnenWeb } from './web';

export const termijnenModule: Module = { naam: 'termijnen', api: termijnenApi, web: termijnenWeb };
