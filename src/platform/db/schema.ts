/** Every table of Grip, for the query builder and for drizzle-kit (migrations). */
export * from '../../modules/organisaties/schema';
export * from '../../modules/regelingen/schema';
export * from '../../modules/accounts/schema';
export * from '../audit/schema';
export * from '../../modules/termijnen/schema';
export * from '../../modules/begrotingscyclus/schema';
export * from '../../modules/meldingen/schema';
export * from '../../modules/procedures/schema';
export * from '../../modules/landschap/schema';
export * from '../../modules/raadswerkplaats/schema';
