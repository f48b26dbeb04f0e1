/**
 * Recognises an uploaded document by its content, never by its file name or the Content-Type the browser sends:
 * both are chosen by the uploader. Grip accepts three kinds of documents (PDF, DOCX, ODT) and stores the
 * media type and extension found here, so a download is always served as what the file really is.
 *
 * file-type reads the magic bytes and, for zip containers, the `mimetype` entry (OpenDocument) or
 * `[Content_Types].xml` (Office Open XML). On top of that only the exact word-processing types pass: a
 * spreadsheet or presentation in the same container format, a template, a macro-enabled document or a plain zip
 * is refused.
 */
import { fileTypeFromBuffer } from 'file-type';

export type DocumentSoort = 'pdf' | 'docx' | 'odt';

export interface HerkendDocument {
  soort: DocumentSoort;
  mediatype: string;
  extensie: DocumentSoort;
}

export const documentSoortLabels: Record<DocumentSoort, string> = {
  pdf: 'PDF',
  docx: 'Word-document (DOCX)',
  odt: 'OpenDocument-tekst (ODT)',
};

const mediatypen: Record<DocumentSoort, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** "%PDF-" followed by a version such as 1.7 or 2.0 (ISO 32000-2, 7.5.2). */
const PDF_KOP = /^%PDF-\d\.\d/;

function isPdfKop(bytes: Uint8Array): boolean {
  return PDF_KOP.test(String.fromCharCode(...bytes.subarray(0, 8)));
}

/** The kind of document, or null if it is none of PDF, DOCX (word processing) or ODT (text). */
export async function herkenDocument(bytes: Uint8Array): Promise<HerkendDocument | null> {
  if (bytes.length === 0) return null;
  let gevonden: { ext: string; mime: string } | undefined;
  try {
    gevonden = await fileTypeFromBuffer(bytes);
  } catch {
    return null; // a damaged container is not a document we accept
  }
  if (!gevonden) return null;
  for (const soort of ['pdf', 'docx', 'odt'] as const) {
    if (gevonden.ext !== soort || gevonden.mime !== mediatypen[soort]) continue;
    if (soort === 'pdf' && !isPdfKop(bytes)) return null;
    return { soort, mediatype: mediatypen[soort], extensie: soort };
  }
  return null;
}
