import type { Module } from '../../platform/http/app';
import { proceduresApi } from './api';
import { proceduresWeb } from './web';

export const proceduresModule: Module = { naam: 'procedures', api: proceduresApi, web: proceduresWeb };
