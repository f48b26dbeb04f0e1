/**
 * Text people write in Grip (zienswijzen, responses of a board, later forum posts) is stored exactly as written
 * and only turned into HTML here, on output, by a sanitising Markdown renderer:
 *
 * - raw HTML is escaped, never passed through (markdown-it with `html: false`);
 * - links only to http(s) and mailto, checked by markdown-it's own validateLink and by an allow-list here; a
 *   link with another scheme (javascript:, data:, vbscript:, file:, relative paths) stays plain text, and every
 *   link gets rel="nofollow noopener noreferrer";
 * - no images: an image becomes a plain link to it (or just its alt text), so user text never loads anything;
 * - headings are shifted down two levels (# → h3, ## → h4, deeper → h5/h6). A page keeps its own h1 and h2,
 *   while a long zienswijze with its own sections stays navigable by heading for screen-reader users, which
 *   flattening them into bold paragraphs would lose;
 * - single line breaks are kept (`breaks: true`), because people type text, not Markdown;
 * - the output uses the Utrecht component classes, so it looks like the rest of Grip.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';

const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });

const TOEGESTANE_LINK = /^(?:https?:\/\/|mailto:)/i;
const REL = 'nofollow noopener noreferrer';
const LINK_KLASSE = 'utrecht-link utrecht-link--html-a';

const markdownItValidateLink = md.validateLink.bind(md);

/** http(s) and mailto only; called by markdown-it on the normalised URL, with entities already decoded. */
function isToegestaneLink(url: string): boolean {
  return markdownItValidateLink(url) && TOEGESTANE_LINK.test(url.trim());
}
md.validateLink = isToegestaneLink;

/** Utrecht classes per token type ("where simple": block elements with a one-to-one class). */
const klassen: Record<string, string> = {
  paragraph_open: 'utrecht-paragraph',
  bullet_list_open: 'utrecht-unordered-list',
  ordered_list_open: 'utrecht-ordered-list',
  table_open: 'utrecht-table utrecht-table--html-table',
  thead_open: 'utrecht-table__header',
  tbody_open: 'utrecht-table__body',
  tr_open: 'utrecht-table__row',
  th_open: 'utrecht-table__header-cell',
  td_open: 'utrecht-table__cell',
};

/** h1 → h3, h2 → h4, h3 → h5, deeper → h6. */
const verschovenKop = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 2)}`;

function pasAan(tokens: Token[]): void {
  const lijsten: string[] = [];
  let verborgenLink = false;
  for (const t of tokens) {
    // A link without an allowed address (markdown-it keeps "[x]()" as a link with href "") shows only its text.
    if (t.type === 'link_open') {
      const href = t.attrGet('href');
      verborgenLink = href === null || !isToegestaneLink(href);
      t.hidden = verborgenLink;
    }
    if (t.type === 'link_close') {
      t.hidden = verborgenLink;
      verborgenLink = false;
    }
    const klasse = klassen[t.type];
    if (klasse) t.attrSet('class', klasse);
    // Alignment in tables comes as inline style, which the Content-Security-Policy blocks anyway.
    if (t.type === 'th_open' || t.type === 'td_open')
      t.attrs = (t.attrs ?? []).filter(([n]) => n !== 'style');
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      t.tag = verschovenKop(t.tag);
      if (t.type === 'heading_open') t.attrSet('class', `utrecht-heading-${t.tag.slice(1)}`);
    }
    if (t.type === 'bullet_list_open') lijsten.push('utrecht-unordered-list__item');
    if (t.type === 'ordered_list_open') lijsten.push('utrecht-ordered-list__item');
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') lijsten.pop();
    if (t.type === 'list_item_open') {
      const item = lijsten.at(-1);
      if (item) t.attrSet('class', item);
    }
    if (t.children) pasAan(t.children);
  }
}

md.core.ruler.push('grip_opmaak', (state) => {
  pasAan(state.tokens);
});

/** Every link: checked again at output (defence in depth), Utrecht class, rel. */
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const t = tokens[idx];
  if (!t || t.hidden) return '';
  const href = t.attrGet('href');
  if (href === null || !isToegestaneLink(href)) t.attrs = (t.attrs ?? []).filter(([n]) => n !== 'href');
  t.attrSet('class', LINK_KLASSE);
  t.attrSet('rel', REL);
  return self.renderToken(tokens, idx, options);
};

/** An image is never loaded: it becomes a link to the image, or only its alt text. */
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const t = tokens[idx];
  if (!t) return '';
  const alt = md.utils.escapeHtml(self.renderInlineAsText(t.children ?? [], options, env));
  const src = t.attrGet('src');
  if (src === null || src === '' || !isToegestaneLink(src)) return alt;
  const href = md.utils.escapeHtml(src);
  return `<a class="${LINK_KLASSE}" href="${href}" rel="${REL}">${alt || href}</a>`;
};

/** The user's text as safe HTML. */
export function renderMarkdown(tekst: string): string {
  return md.render(tekst);
}

/** User-written text, formatted: Markdown through the sanitising renderer above. */
export const Opgemaakt: FC<{ tekst: string }> = ({ tekst }) => (
  <div class="grip-opgemaakt">{raw(renderMarkdown(tekst))}</div>
);
