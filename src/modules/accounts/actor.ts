import type { Actor } from '../../platform/audit/audit';
import type { Gebruiker } from '../../platform/http/env';

/** The audit actor for a signed-in user. */
export const actorVan = (g: Gebruiker): Actor => ({
  gebruikerId: g.gebruikerId,
  label: `${g.naam} <${g.email}>`,
});
