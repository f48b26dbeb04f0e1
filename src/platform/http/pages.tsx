/** Rendering helpers for pages: the layout with the request's user, CSRF token and demo flag. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from '../views/layout';
import { Heading, P } from '../views/components';
import type { AppEnv } from './env';
import type { Services } from './app';

export function render(
  c: Context<AppEnv>,
  s: Services,
  titel: string,
  inhoud: Child,
  opties: { status?: ContentfulStatusCode; huidig?: string } = {},
) {
  const pagina = Layout({
    titel,
    gebruiker: c.get('gebruiker'),
    csrf: c.get('csrf'),
    voorbeeld: s.state.voorbeeld,
    huidig: opties.huidig,
    children: inhoud,
  });
  return c.html(html`<!DOCTYPE html>${pagina}`, opties.status ?? 200);
}

export function foutPagina(
  c: Context<AppEnv>,
  s: Services,
  status: ContentfulStatusCode,
  titel: string,
  tekst: string,
) {
  return render(
    c,
    s,
    titel,
    <>
      <Heading level={1}>{titel}</Heading>
      <P>{tekst}</P>
      <P>
        <a class="utrecht-link utrecht-link--html-a" href="/">
          Naar de homepagina
        </a>
      </P>
    </>,
    { status },
  );
}
