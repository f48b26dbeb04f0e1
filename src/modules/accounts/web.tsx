/** Sign-in and sign-out pages. Sign-in is rate-limited per e-mail address across processes. */
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/http/env';
import type { Services } from '../../platform/http/app';
import { render } from '../../platform/http/pages';
import { controleerWachtwoord, nieuwToken, sha256 } from '../../platform/auth/crypto';
import { SESSIE_DUUR_MS, wisSessieCookie, zetSessieCookie } from '../../platform/http/security';
import { Alert, Button, ErrorSummary, Form, type Fouten, Heading, P, TextField } from '../../platform/views/components';
import { maakSessie, registreerPoging, telPogingen, verwijderSessie, vindGebruikerOpEmail, wisPogingen } from './store';

export const MAX_POGINGEN = 5;
export const POGING_VENSTER_MS = 15 * 60 * 1000;

function veiligTerug(pad: unknown): string {
  return typeof pad === 'string' && pad.startsWith('/') && !pad.startsWith('//') ? pad : '/';
}

export function accountsWeb(app: Hono<AppEnv>, s: Services) {
  const db = s.database.db;
  const pagina = (c: Context<AppEnv>, opties: { email?: string; fouten?: Fouten; melding?: string; terug?: string; status?: 200 | 400 | 429 } = {}) =>
    render(
      c,
      s,
      'Inloggen',
      <>
        <Heading level={1}>Inloggen</Heading>
        <P>Log in om regelingen te beheren of de historie te zien. Het register zelf is voor iedereen openbaar.</P>
        {opties.melding ? <Alert type="error">{opties.melding}</Alert> : null}
        <ErrorSummary fouten={opties.fouten ?? {}} />
        <Form action="/inloggen" csrf={c.get('csrf')} label="Inloggen">
          <input type="hidden" name="terug" value={opties.terug ?? '/'} />
          <TextField naam="email" label="E-mailadres" type="email" autocomplete="username" waarde={opties.email} fout={opties.fouten?.email} />
          <TextField naam="wachtwoord" label="Wachtwoord" type="password" autocomplete="current-password" fout={opties.fouten?.wachtwoord} />
          <Button>Inloggen</Button>
        </Form>
      </>,
      { status: opties.status ?? 200, huidig: '/inloggen' },
    );

  app.get('/inloggen', (c) => pagina(c, { terug: veiligTerug(c.req.query('terug')) }));

  app.post('/inloggen', async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const wachtwoord = typeof body.wachtwoord === 'string' ? body.wachtwoord : '';
    const terug = veiligTerug(body.terug);
    const fouten: Fouten = {};
    if (!email) fouten.email = 'Vul uw e-mailadres in';
    if (!wachtwoord) fouten.wachtwoord = 'Vul uw wachtwoord in';
    if (fouten.email || fouten.wachtwoord) return pagina(c, { email, fouten, terug, status: 400 });

    const sleutel = `email:${email.toLowerCase()}`;
    if ((await telPogingen(db, sleutel, new Date(Date.now() - POGING_VENSTER_MS))) >= MAX_POGINGEN) {
      return pagina(c, {
        email,
        terug,
        status: 429,
        melding: 'Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.',
      });
    }
    const g = await vindGebruikerOpEmail(db, email);
    if (!g || !(await controleerWachtwoord(g.wachtwoordHash, wachtwoord))) {
      await registreerPoging(db, sleutel);
      return pagina(c, { email, terug, status: 400, melding: 'Het e-mailadres of het wachtwoord klopt niet.' });
    }
    await wisPogingen(db, sleutel);
    const token = nieuwToken();
    await maakSessie(db, sha256(token), g.id, new Date(Date.now() + SESSIE_DUUR_MS));
    zetSessieCookie(c, s, token);
    return c.redirect(terug, 303);
  });

  app.post('/uitloggen', async (c) => {
    const hash = c.get('sessieHash');
    if (hash) await verwijderSessie(db, hash);
    wisSessieCookie(c);
    return c.redirect('/', 303);
  });
}
