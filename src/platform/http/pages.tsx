/** Rendering helpers for pages: the layout with the request's user, CSRF token and demo flag. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from '../views/layout';
import { type Fouten, Heading, P } from '../views/components';
import { type FormData, leesFormulier, veldFouten } from './forms';
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

interface Validatie<I> {
  safeParse(
    w: unknown,
  ):
    | { success: true; data: I }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

/**
 * The flow of every edit form: GET shows the form with the current values; POST reads the form,
 * validates it with the schema (field errors → 400 with the error summary), saves through the use
 * case and redirects; a domain error that `domeinFout` can explain is shown at its field.
 */
export async function formulierStroom<W, I>(
  c: Context<AppEnv>,
  s: Services,
  o: {
    titel: string;
    beginwaarden: W | null;
    lees: (f: FormData) => W;
    schema: Validatie<I>;
    formulier: (waarden: W | null, fouten: Fouten) => Child;
    /** Saves and returns where to go next. */
    bewaar: (input: I) => Promise<string>;
    domeinFout?: (e: unknown) => Fouten | null;
  },
) {
  if (c.req.method === 'GET') return render(c, s, o.titel, o.formulier(o.beginwaarden, {}));
  const waarden = o.lees(await leesFormulier(c));
  const toon = (fouten: Fouten) => render(c, s, o.titel, o.formulier(waarden, fouten), { status: 400 });
  const parsed = o.schema.safeParse(waarden);
  if (!parsed.success) return toon(veldFouten(parsed.error.issues));
  try {
    return c.redirect(await o.bewaar(parsed.data), 303);
  } catch (e) {
    const f = o.domeinFout?.(e);
    if (f) return toon(f);
    throw e;
  }
}
