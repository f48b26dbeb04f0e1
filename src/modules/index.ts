/** The modules of Grip, in the order their routes are registered. */
import type { Module } from '../platform/http/app';
import { accountsModule } from './accounts/module';
import { begrotingscyclusModule } from './begrotingscyclus/module';
import { kalenderModule } from './kalender/module';
import { landschapModule } from './landschap/module';
import { meldingenModule } from './meldingen/module';
import { organisatiesModule } from './organisaties/module';
import { proceduresModule } from './procedures/module';
import { raadswerkplaatsModule } from './raadswerkplaats/module';
import { regelingenModule } from './regelingen/module';
import { termijnenModule } from './termijnen/module';

export const modules: Module[] = [
  accountsModule,
  regelingenModule,
  begrotingscyclusModule,
  proceduresModule,
  organisatiesModule,
  termijnenModule,
  kalenderModule,
  meldingenModule,
  raadswerkplaatsModule,
  landschapModule,
];
