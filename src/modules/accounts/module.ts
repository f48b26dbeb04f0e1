import type { Module } from '../../platform/http/app';
import { accountsWeb } from './web';

export const accountsModule: Module = { naam: 'accounts', web: accountsWeb };
