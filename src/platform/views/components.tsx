/**
 * Server-rendered components on NL Design System CSS (Utrecht component library classes,
 * themed by the voorbeeld theme). Accessible by construction: every field has a label, an
 * error is linked to its field with aria-describedby, the error summary links to the fields.
 */
import type { Child, FC, PropsWithChildren } from 'hono/jsx';

export type Fouten = Record<string, string | undefined>;

export const Heading: FC<PropsWithChildren<{ level: 1 | 2 | 3; id?: string }>> = ({
  level,
  id,
  children,
}) => {
  const cls = `utrecht-heading-${level}`;
  if (level === 1)
    return (
      <h1 class={cls} id={id}>
        {children}
      </h1>
    );
  if (level === 2)
    return (
      <h2 class={cls} id={id}>
        {children}
      </h2>
    );
  return (
    <h3 class={cls} id={id}>
      {children}
    </h3>
  );
};

export const P: FC<PropsWithChildren<{ lead?: boolean }>> = ({ lead, children }) => (
  <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{children}</p>
);

export const Link: FC<PropsWithChildren<{ href: string }>> = ({ href, children }) => (
  <a class="utrecht-link utrecht-link--html-a" href={href}>
    {children}
  </a>
);

export const Alert: FC<PropsWithChildren<{ type?: 'info' | 'ok' | 'warning' | 'error'; title?: string }>> = ({
  type = 'info',
  title,
  children,
}) => (
  <div
    class={`utrecht-alert utrecht-alert--${type}`}
    role={type === 'error' || type === 'ok' ? 'alert' : undefined}
  >
    <div class="utrecht-alert__content">
      {title ? <p class="utrecht-paragraph grip-alert-title">{title}</p> : null}
      <div class="utrecht-alert__message">{children}</div>
    </div>
  </div>
);

export const DataList: FC<{ items: [string, Child][] }> = ({ items }) => (
  <dl class="utrecht-data-list utrecht-data-list--rows">
    {items.map(([k, v]) => (
      <div class="utrecht-data-list__item">
        <dt class="utrecht-data-list__item-key">{k}</dt>
        <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
          {v ?? <Onbekend />}
        </dd>
      </div>
    ))}
  </dl>
);

/** Shown wherever a value is unknown: unknown stays unknown, never invented. */
export const Onbekend: FC = () => <span class="grip-onbekend">onbekend</span>;

export interface Kolom<T> {
  kop: Child;
  cel: (rij: T) => Child;
  numeriek?: boolean;
}

export function Tabel<T>({
  kolommen,
  rijen,
  bijschrift,
  leeg = 'Geen gegevens.',
}: {
  kolommen: Kolom<T>[];
  rijen: T[];
  bijschrift: string;
  leeg?: string;
}) {
  if (rijen.length === 0) return <P>{leeg}</P>;
  return (
    <div class="grip-table-scroll">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">{bijschrift}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {kolommen.map((k) => (
              <th
                scope="col"
                class={`utrecht-table__header-cell${k.numeriek ? ' utrecht-table__header-cell--numeric' : ''}`}
              >
                {k.kop}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rijen.map((r) => (
            <tr class="utrecht-table__row">
              {kolommen.map((k) => (
                <td class={`utrecht-table__cell${k.numeriek ? ' utrecht-table__cell--numeric' : ''}`}>
                  {k.cel(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const ErrorSummary: FC<{ fouten: Fouten }> = ({ fouten }) => {
  const lijst = Object.entries(fouten).filter((e): e is [string, string] => Boolean(e[1]));
  if (lijst.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error grip-error-summary"
      role="alert"
      tabindex={-1}
      id="foutmeldingen"
    >
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2">
          Er {lijst.length === 1 ? 'is 1 fout' : `zijn ${lijst.length} fouten`} gevonden
        </h2>
        <ul class="utrecht-unordered-list">
          {lijst.map(([veld, tekst]) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link utrecht-link--html-a" href={`#veld-${veld}`}>
                {tekst}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
};

interface VeldProps {
  naam: string;
  label: string;
  fout?: string | undefined;
  hulp?: string;
}

const VeldOmhulsel: FC<PropsWithChildren<VeldProps & { kind?: string }>> = ({
  naam,
  label,
  fout,
  hulp,
  children,
}) => (
  <div class={`utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}`}>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for={`veld-${naam}`}>
        {label}
      </label>
    </div>
    {hulp ? (
      <div class="utrecht-form-field__description utrecht-form-field-description" id={`hulp-${naam}`}>
        {hulp}
      </div>
    ) : null}
    {fout ? (
      <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`fout-${naam}`}>
        <span class="grip-visually-hidden">Fout: </span>
        {fout}
      </div>
    ) : null}
    <div class="utrecht-form-field__input">{children}</div>
  </div>
);

const beschrijving = (naam: string, fout?: string, hulp?: string) =>
  [fout ? `fout-${naam}` : '', hulp ? `hulp-${naam}` : ''].filter(Boolean).join(' ') || undefined;

export const TextField: FC<
  VeldProps & {
    waarde?: string | number | null;
    type?: string;
    verplicht?: boolean;
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal' | 'email';
  }
> = (p) => (
  <VeldOmhulsel {...p}>
    <input
      class={`utrecht-textbox utrecht-textbox--html-input${p.fout ? ' utrecht-textbox--invalid' : ''}`}
      id={`veld-${p.naam}`}
      name={p.naam}
      type={p.type ?? 'text'}
      value={p.waarde ?? ''}
      required={p.verplicht}
      aria-invalid={p.fout ? 'true' : undefined}
      aria-describedby={beschrijving(p.naam, p.fout, p.hulp)}
      autocomplete={p.autocomplete}
      inputmode={p.inputmode}
    />
  </VeldOmhulsel>
);

export const TextArea: FC<VeldProps & { waarde?: string | null; rijen?: number }> = (p) => (
  <VeldOmhulsel {...p}>
    <textarea
      class={`utrecht-textarea utrecht-textarea--html-textarea${p.fout ? ' utrecht-textarea--invalid' : ''}`}
      id={`veld-${p.naam}`}
      name={p.naam}
      rows={p.rijen ?? 4}
      aria-invalid={p.fout ? 'true' : undefined}
      aria-describedby={beschrijving(p.naam, p.fout, p.hulp)}
    >
      {p.waarde ?? ''}
    </textarea>
  </VeldOmhulsel>
);

export const Select: FC<VeldProps & { waarde?: string | null; opties: [string, string][]; leeg?: string }> = (
  p,
) => (
  <VeldOmhulsel {...p}>
    <select
      class={`utrecht-select utrecht-select--html-select${p.fout ? ' utrecht-select--invalid' : ''}`}
      id={`veld-${p.naam}`}
      name={p.naam}
      aria-invalid={p.fout ? 'true' : undefined}
      aria-describedby={beschrijving(p.naam, p.fout, p.hulp)}
    >
      {p.leeg !== undefined ? <option value="">{p.leeg}</option> : null}
      {p.opties.map(([v, t]) => (
        <option value={v} selected={v === p.waarde}>
          {t}
        </option>
      ))}
    </select>
  </VeldOmhulsel>
);

export const CheckboxGroep: FC<VeldProps & { waarden: string[]; opties: [string, string][] }> = ({
  naam,
  label,
  fout,
  hulp,
  waarden,
  opties,
}) => (
  <fieldset
    class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${fout ? ' utrecht-form-fieldset--invalid' : ''}`}
    id={`veld-${naam}`}
    tabindex={-1}
    aria-describedby={beschrijving(naam, fout, hulp)}
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
    {hulp ? (
      <div class="utrecht-form-field-description" id={`hulp-${naam}`}>
        {hulp}
      </div>
    ) : null}
    {fout ? (
      <div class="utrecht-form-field-error-message" id={`fout-${naam}`}>
        <span class="grip-visually-hidden">Fout: </span>
        {fout}
      </div>
    ) : null}
    {opties.map(([v, t]) => (
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`veld-${naam}-${v}`}
          name={naam}
          value={v}
          checked={waarden.includes(v)}
        />
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`veld-${naam}-${v}`}>
          {t}
        </label>
      </div>
    ))}
  </fieldset>
);

export const Checkbox: FC<VeldProps & { aan: boolean }> = ({ naam, label, aan, hulp }) => (
  <div class="utrecht-form-field utrecht-form-field--checkbox">
    <input
      class="utrecht-checkbox utrecht-checkbox--html-input"
      type="checkbox"
      id={`veld-${naam}`}
      name={naam}
      value="1"
      checked={aan}
      aria-describedby={hulp ? `hulp-${naam}` : undefined}
    />
    <label class="utrecht-form-label utrecht-form-label--checkbox" for={`veld-${naam}`}>
      {label}
    </label>
    {hulp ? (
      <div class="utrecht-form-field-description" id={`hulp-${naam}`}>
        {hulp}
      </div>
    ) : null}
  </div>
);

export const Button: FC<
  PropsWithChildren<{ soort?: 'primary' | 'secondary'; type?: 'submit' | 'button' }>
> = ({ soort = 'primary', type = 'submit', children }) => (
  <button class={`utrecht-button utrecht-button--${soort}-action`} type={type}>
    {children}
  </button>
);

export const ButtonLink: FC<PropsWithChildren<{ href: string; soort?: 'primary' | 'secondary' }>> = ({
  href,
  soort = 'secondary',
  children,
}) => (
  <a
    class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${soort}-action`}
    href={href}
  >
    {children}
  </a>
);

/** A POST form with the CSRF token; the token comes from the request context. */
export const Form: FC<PropsWithChildren<{ action: string; csrf: string; label?: string }>> = ({
  action,
  csrf,
  label,
  children,
}) => (
  <form class="utrecht-form" method="post" action={action} aria-label={label} novalidate>
    <input type="hidden" name="_csrf" value={csrf} />
    {children}
  </form>
);

export const Pagination: FC<{ pagina: number; paginas: number; href: (p: number) => string }> = ({
  pagina,
  paginas,
  href,
}) => {
  if (paginas <= 1) return null;
  return (
    <nav class="utrecht-pagination" aria-label="Paginering">
      <span class="utrecht-pagination__relative-link">
        {pagina > 1 ? (
          <a class="utrecht-link utrecht-link--html-a" rel="prev" href={href(pagina - 1)}>
            Vorige pagina
          </a>
        ) : null}
      </span>{' '}
      <span class="utrecht-paragraph" aria-current="page">
        Pagina {pagina} van {paginas}
      </span>{' '}
      <span class="utrecht-pagination__relative-link">
        {pagina < paginas ? (
          <a class="utrecht-link utrecht-link--html-a" rel="next" href={href(pagina + 1)}>
            Volgende pagina
          </a>
        ) : null}
      </span>
    </nav>
  );
};

export const Breadcrumbs: FC<{ items: [string, string][] }> = ({ items }) => (
  <nav class="utrecht-breadcrumb-nav" aria-label="Kruimelpad">
    <ol class="utrecht-breadcrumb-nav__list">
      {items.map(([href, tekst]) => (
        <li class="utrecht-breadcrumb-nav__item">
          <a class="utrecht-breadcrumb-nav__link" href={href}>
            {tekst}
          </a>
        </li>
      ))}
    </ol>
  </nav>
);

const nf = new Intl.NumberFormat('nl-NL');
const pf = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const df = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dtf = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

export const getal = (n: number | null | undefined) => (n === null || n === undefined ? null : nf.format(n));
export const procent = (f: number | null | undefined) =>
  f === null || f === undefined ? null : pf.format(f);
/** A 'YYYY-MM-DD' date in Dutch ("1 januari 2024"), formatted without any local-midnight Date. */
export const datum = (d: string | null | undefined) => (d ? df.format(new Date(`${d}T00:00:00Z`)) : null);
export const tijdstip = (t: Date | string) => dtf.format(new Date(t));
