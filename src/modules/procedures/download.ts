/** A stored document for whoever may read it: public documents for everyone, the rest for participants. */
import { vandaag } from '../../platform/clock';
import { mag, type Subject } from '../../platform/auth/policy';
import type { DbOrTx } from '../../platform/db/client';
import { deelnemerIds, documentMetInhoud } from './store';

type Document = NonNullable<Awaited<ReturnType<typeof documentMetInhoud>>>;

/** The document with its content, or null when it does not exist or this reader may not see it. */
export async function leesbaarDocument(
  db: DbOrTx,
  id: string,
  lezer: Subject | null,
): Promise<Document | null> {
  const d = await documentMetInhoud(db, id);
  if (!d) return null;
  if (d.openbaar) return d;
  const deelnemers = await deelnemerIds(db, d.regelingId, vandaag());
  return mag(lezer, 'procedure.lezen', { regelingId: d.regelingId, deelnemers }) ? d : null;
}

/** The response of a download: the stored media type, a safe file name, cached only when public. */
export const downloadAntwoord = (d: Document) =>
  [
    new Uint8Array(d.inhoud),
    {
      'Content-Type': d.mediatype,
      'Content-Disposition': `attachment; filename="${d.bestandsnaam.replace(/[^\w.-]+/g, '_')}"`,
      'Cache-Control': d.openbaar ? 'public, max-age=300' : 'private, no-store',
    },
  ] as const;
