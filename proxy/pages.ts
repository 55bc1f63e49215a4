/** The pages the proxy serves itself: block page, warn interstitial, errors. */

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Byte strings shown as text: decode as UTF-8 for display only. */
function text(b: string): string {
  return esc(Buffer.from(b, 'latin1').toString('utf8'));
}

const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}code{background:#f3f3f3;padding:.1rem .3rem;word-break:break-all}.btn{display:inline-block;margin-top:1rem;padding:.6rem 1.2rem;background:#1a5fb4;color:#fff;border-radius:6px;text-decoration:none}';

export interface BlockInfo {
  url: string;
  reason: string;
  category: number;
  categoryName: string;
  ruleId: string;
  /** The signed block-page link from the block_page module. */
  link: string;
}

export function blockPage(b: BlockInfo): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blocked</title><style>${STYLE}</style></head><body>
<h1>This page is blocked</h1>
<p>Your school's web filter blocked <code>${text(b.url)}</code>.</p>
<p>Reason: <b data-reason="${text(b.reason)}">${text(b.reason)}</b>${b.category ? ` — category <b data-category="${b.category}">${text(b.categoryName)}</b> (${b.category})` : ''}${b.ruleId ? `, rule <code>${text(b.ruleId)}</code>` : ''}.</p>
<p>If you need this page for schoolwork, ask your teacher. Reference: <a href="${text(b.link)}">block link</a>.</p>
</body></html>
`;
}

export function warnPage(b: BlockInfo, proceed: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Are you sure?</title><style>${STYLE}</style></head><body>
<h1>Think before you continue</h1>
<p><code>${text(b.url)}</code> is in a category your school asks you to be careful with${b.category ? `: <b data-category="${b.category}">${text(b.categoryName)}</b>` : ''}.</p>
<p>Reason: <b data-reason="${text(b.reason)}">${text(b.reason)}</b>. Your visit will be logged.</p>
<a class="btn" id="proceed" href="${text(proceed)}">Proceed anyway</a>
</body></html>
`;
}

export function errorPage(status: number, title: string, detail: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} ${esc(title)}</title><style>${STYLE}</style></head><body><h1>${status} ${esc(title)}</h1><p>${esc(detail)}</p></body></html>
`;
}
