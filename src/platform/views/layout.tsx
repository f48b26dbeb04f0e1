/** The page frame: skip link, header with navigation, demo-data banner, main, footer. */
import type { Child, FC } from 'hono/jsx';
import { mag } from '../auth/policy';
import type { Gebruiker } from '../http/env';

export interface LayoutProps {
  titel: string;
  gebruiker: Gebruiker | null;
  csrf: string;
  voorbeeld: boolean;
  huidig?: string;
  children?: Child;
}

const nav: [string, string][] = [
  ['/', 'Home'],
  ['/regelingen', 'Register'],
  ['/organisaties', 'Organisaties'],
  ['/landschap', 'Landschap'],
  ['/termijnen', 'Termijn berekenen'],
];

export const Layout: FC<LayoutProps> = ({ titel, gebruiker, csrf, voorbeeld, huidig, children }) => (
  <html lang="nl" class="voorbeeld-theme">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${titel} · Grip`}</title>
      <link rel="stylesheet" href="/assets/theme.css" />
      <link rel="stylesheet" href="/assets/utrecht.css" />
      <link rel="stylesheet" href="/assets/skip-link.css" />
      <link rel="stylesheet" href="/assets/grip.css" />
    </head>
    <body class="utrecht-page-body utrecht-document">
      <a class="nl-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header class="grip-header">
        <div class="grip-container grip-header__inner">
          <a class="grip-logo" href="/">
            Grip
            <span class="grip-logo__sub">op gemeenschappelijke regelingen</span>
          </a>
          <nav class="grip-nav" aria-label="Hoofdmenu">
            <ul>
              {nav.map(([href, tekst]) => (
                <li>
                  <a href={href} aria-current={huidig === href ? 'page' : undefined}>
                    {tekst}
                  </a>
                </li>
              ))}
              {gebruiker?.rollen.some(
                (r) =>
                  r.organisatieId !== null &&
                  mag(gebruiker, 'raadswerkplaats.gebruiken', { organisatieId: r.organisatieId }),
              ) ? (
                <li>
                  <a
                    href="/mijn-regelingen"
                    aria-current={huidig === '/mijn-regelingen' ? 'page' : undefined}
                  >
                    Mijn regelingen
                  </a>
                </li>
              ) : null}
              {gebruiker?.rollen.some(
                (r) =>
                  r.organisatieId !== null &&
                  mag(gebruiker, 'raadswerkplaats.gebruiken', { organisatieId: r.organisatieId }),
              ) ? (
                <li>
                  <a href="/inlichtingen" aria-current={huidig === '/inlichtingen' ? 'page' : undefined}>
                    Inlichtingen
                  </a>
                </li>
              ) : null}
              {gebruiker?.rollen.some((r) => r.organisatieId !== null) ? (
                <li>
                  <a href="/verzoeken" aria-current={huidig === '/verzoeken' ? 'page' : undefined}>
                    Verzoeken
                  </a>
                </li>
              ) : null}
              {gebruiker ? (
                <li>
                  <a href="/meldingen" aria-current={huidig === '/meldingen' ? 'page' : undefined}>
                    Meldingen
                  </a>
                </li>
              ) : null}
              {gebruiker ? (
                <li>
                  <a href="/account" aria-current={huidig === '/account' ? 'page' : undefined}>
                    Mijn account
                  </a>
                </li>
              ) : null}
              {gebruiker ? (
                <li>
                  <form method="post" action="/uitloggen" class="grip-inline-form">
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button type="submit" class="grip-nav__button">
                      Uitloggen <span class="grip-visually-hidden">({gebruiker.naam})</span>
                    </button>
                  </form>
                </li>
              ) : (
                <li>
                  <a href="/inloggen" aria-current={huidig === '/inloggen' ? 'page' : undefined}>
                    Inloggen
                  </a>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      {voorbeeld ? (
        <div class="grip-voorbeeld" role="note">
          <div class="grip-container">
            <strong>Voorbeeldgegevens.</strong> Deze omgeving bevat een verzonnen regio met verzonnen
            regelingen en personen, alleen om Grip te laten zien.
          </div>
        </div>
      ) : null}
      <main id="inhoud" class="grip-container grip-main" tabindex={-1}>
        {children}
      </main>
      <footer class="grip-footer">
        <div class="grip-container">
          <p class="utrecht-paragraph">
            Grip is open-source software (EUPL-1.2) voor raden, griffies, secretariaten en provincies.{' '}
            <a class="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">
              API (OpenAPI)
            </a>
            {gebruiker ? <span> · Ingelogd als {gebruiker.naam}</span> : null}
          </p>
        </div>
      </footer>
    </body>
  </html>
);
