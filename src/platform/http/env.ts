/** The per-request context of the HTTP app. */
import type { Subject } from '../auth/policy';

export interface Gebruiker extends Subject {
  email: string;
  naam: string;
}

export interface AppEnv {
  Variables: {
    /** The signed-in user (session cookie on pages, bearer token on the API), or null. */
    gebruiker: Gebruiker | null;
    /** Hash of the session token, to bind the CSRF token to the session. */
    sessieHash: string | null;
    csrf: string;
  };
}
