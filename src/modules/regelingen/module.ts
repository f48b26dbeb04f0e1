import type { Module } from '../../platform/http/app';
import { regelingenApi } from './api';
import { regelingenWeb } from './web';

export const regelingenModule: Module = { naam: 'regelingen', api: regelingenApi, web: regelingenWeb };
