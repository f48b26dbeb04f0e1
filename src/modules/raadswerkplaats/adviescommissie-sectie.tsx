/**
 * The advices of the gemeenschappelijke adviescommissie about one procedure, as a section on the
 * procedure's page (Wgr art. 24a lid 1: it may prepare the councils' decisions, e.g. a joint zienswijze).
 */
import type { Child } from 'hono/jsx';
import type { DbOrTx } from '../../platform/db/client';
import { Heading, Link, P, datum } from '../../platform/views/components';
import { Opgemaakt } from '../../platform/views/markdown';
import { adviezenBijProcedure, voorstelRij } from './adviescommissie-store';

/** The section, or null when the commission gave no advice about this procedure. */
export async function adviezenSectie(db: DbOrTx, procedureId: string): Promise<Child> {
  const adviezen = await adviezenBijProcedure(db, procedureId);
  if (adviezen.length === 0) return null;
  const v = await voorstelRij(db, adviezen[0]!.voorstelId);
  return (
    <section aria-labelledby="adviezen-adviescommissie">
      <Heading level={2} id="adviezen-adviescommissie">
        Advies van de gemeenschappelijke adviescommissie
      </Heading>
      {adviezen.map((a) => (
        <article class="grip-kader" aria-labelledby={`advies-${a.id}`}>
          <Heading level={3} id={`advies-${a.id}`}>
            {datum(a.datum)}: {a.onderwerp}
          </Heading>
          {a.tekst ? <Opgemaakt tekst={a.tekst} /> : null}
          {a.url ? (
            <P>
              <a class="utrecht-link" href={a.url} rel="noopener noreferrer">
                Document<span class="grip-visually-hidden"> bij {a.onderwerp}</span>
              </a>
            </P>
          ) : null}
        </article>
      ))}
      {v ? (
        <P>
          <Link href={`/regelingen/${v.regelingId}/adviescommissie#stukken`}>
            Alle vergaderingen en adviezen van de commissie
          </Link>
        </P>
      ) : null}
    </section>
  );
}
